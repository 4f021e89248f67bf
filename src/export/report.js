// casus report: search, filters, the paged and sortable event table, the diagram's zoom and pan,
// and the dyad plots, all from the events in the page's casus-data JSON. Plain JavaScript, no
// library; the state lives in the URL fragment (#q=Russia&quad=3,4), so a filtered view can be
// bookmarked or shared.
(function () {
  'use strict';
  var started = performance.now();
  var root = document.documentElement;
  var errors = [];
  window.addEventListener('error', function (ev) {
    errors.push(String(ev.message));
    root.setAttribute('data-errors', errors.join(' | '));
  });

  var data = JSON.parse(document.getElementById('casus-data').textContent);
  var A = data.actors, T = data.types, E = data.events, N = E.length;
  // The fields of an event (see data_json in src/export/report.rs).
  var WORDS = 0, EDTF = 1, START = 2, END = 3, SRC = 4, TGT = 5, TYPE = 6, MONTH = 7,
    SUMMARY = 8, LOC = 9, ID = 10, SOURCES = 11;
  var QUADS = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict',
    'material conflict'];
  var PAGE = 200;
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
    'Dec'];
  var SVG = 'http://www.w3.org/2000/svg';

  var actorIndex = {};
  A.forEach(function (a, k) { actorIndex[a[0]] = k; });

  var state = { q: '', from: '', to: '', quads: [true, true, true, true, true], actor: '',
    dyad: '', sort: 'index', dir: 1, sel: null };
  var match = new Uint8Array(N);
  var matched = [];

  function $(id) { return document.getElementById(id); }
  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
    });
  }
  function name(a) { return a < 0 ? '' : A[a][1]; }
  function signed(v) {
    var s = v.toFixed(1);
    return s === '0.0' || s === '-0.0' ? '0.0' : (v > 0 ? '+' + s : s);
  }
  function tenths(g) { return Math.round(g * 10); }
  function thousands(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
  function plural(n, one, many) { return thousands(n) + ' ' + (n === 1 ? one : many); }
  function dayOf(text) {
    if (!text) return null;
    var t = Date.parse(text + 'T00:00:00Z');
    return isNaN(t) ? null : Math.round(t / 864e5);
  }
  function monthName(m) { return MONTHS[m % 12] + ' ' + Math.floor(m / 12); }
  function el(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function headline(e) {
    var s = e[SRC] < 0 ? '(unknown)' : name(e[SRC]), t = T[e[TYPE]];
    return e[TGT] < 0 ? s + ': ' + t[1] : s + ' → ' + name(e[TGT]) + ': ' + t[1];
  }
  function coding(e) {
    var t = T[e[TYPE]];
    return 'CAMEO ' + t[0] + ' ' + t[1] + ', Goldstein ' + signed(t[3]) + ', ' + QUADS[t[2]];
  }

  // Search: every word of the query must occur in the event's text (built at the first search).
  var hay = null;
  function haystack() {
    if (hay) return hay;
    hay = new Array(N);
    var actorText = function (a) { return a < 0 ? '' : A[a][1] + ' ' + A[a][2] + ' ' + A[a][0]; };
    for (var i = 0; i < N; i++) {
      var e = E[i], t = T[e[TYPE]];
      hay[i] = [e[WORDS], e[EDTF], actorText(e[SRC]), actorText(e[TGT]), t[0], t[1], QUADS[t[2]],
        e[SUMMARY], e[LOC], e[ID], e[SOURCES].replace(/<[^>]*>/g, ' ')].join('\n').toLowerCase();
    }
    return hay;
  }

  function apply(quiet) {
    var began = performance.now();
    var terms = state.q.toLowerCase().split(/\s+/).filter(Boolean);
    var h = terms.length ? haystack() : null;
    var from = dayOf(state.from), to = dayOf(state.to);
    var actor = state.actor in actorIndex ? actorIndex[state.actor] : -1;
    matched = [];
    for (var i = 0; i < N; i++) {
      var e = E[i], ok = state.quads[T[e[TYPE]][2]] &&
        (actor < 0 || e[SRC] === actor || e[TGT] === actor) &&
        (from === null || e[END] === null || e[END] >= from) &&
        (to === null || e[START] === null || e[START] <= to);
      for (var k = 0; ok && k < terms.length; k++) ok = h[i].indexOf(terms[k]) >= 0;
      match[i] = ok ? 1 : 0;
      if (ok) matched.push(i);
    }
    $('count').textContent = matched.length === N ? plural(N, 'event', 'events')
      : thousands(matched.length) + ' of ' + plural(N, 'event', 'events') + ' match';
    updateTimeline();
    updateDyads();
    updateTable();
    // Opening the page leaves its address alone (#dyads still leads to the dyads).
    if (!quiet) writeHash();
    root.setAttribute('data-apply-ms', Math.round(performance.now() - began));
  }

  // The timeline: marks and lanes without a matching event are hidden, the rest move up.
  var lanesSvg = document.querySelector('svg.swimlanes');
  var lanes = lanesSvg ? [].slice.call(lanesSvg.querySelectorAll('.lane')) : [];
  var laneMarks = lanes.map(function (g) {
    return [].slice.call(g.querySelectorAll('[data-e]')).map(function (m) {
      return { el: m, ev: m.getAttribute('data-e').split(' ').map(Number) };
    });
  });
  // A crowded lane's counts (rect.bin, in the order casus writes them: by place, then quad
  // class), grouped by place: the bars of a place stack, the lowest quad class at the bottom.
  var laneBins = laneMarks.map(function (marks) {
    var places = [], last = null;
    marks.forEach(function (m) {
      if (!m.el.classList.contains('bin')) return;
      var x = m.el.getAttribute('x');
      if (!last || last.x !== x) places.push(last = { x: x, bars: [] });
      last.bars.push(m);
    });
    return places;
  });
  var laneTop = lanes.length ? lanes[0].transform.baseVal.getItem(0).matrix.f : 0;
  // Redraws a crowded lane's counts from the matching events only, as casus draws them from all
  // (lane_bins in src/export/report.rs): each place's stack as high as its share of the lane's
  // highest, so that a filter that leaves few events still shows them at full height.
  function rescaleBins(k) {
    var places = laneBins[k];
    if (!places.length) return;
    var h = Number(lanes[k].getAttribute('data-h')), room = h - 6, highest = 1;
    places.forEach(function (p) {
      p.total = 0;
      p.bars.forEach(function (m) { p.total += m.n; });
      highest = Math.max(highest, p.total);
    });
    places.forEach(function (p) {
      var below = 0;
      p.bars.forEach(function (m) {
        if (!m.n) return;
        var bar = Math.max(1, m.n / highest * room);
        m.el.setAttribute('y', (h - 3 - below - bar).toFixed(1));
        m.el.setAttribute('height', bar.toFixed(1));
        below += bar;
      });
    });
  }
  function updateTimeline() {
    if (!lanesSvg) return;
    var all = matched.length === N, y = laneTop, shown = 0;
    lanes.forEach(function (g, k) {
      var any = false;
      laneMarks[k].forEach(function (m) {
        var n = 0;
        if (all) n = m.ev.length;
        else for (var j = 0; j < m.ev.length; j++) n += match[m.ev[j]];
        m.n = n;
        m.el.classList.toggle('off', n === 0);
        any = any || n > 0;
      });
      rescaleBins(k);
      g.classList.toggle('off', !any);
      if (any) {
        g.setAttribute('transform', 'translate(0,' + y + ')');
        g.classList.toggle('alt', shown % 2 === 0);
        shown++;
        y += Number(g.getAttribute('data-h'));
      }
    });
    var height = y + 10, w = lanesSvg.viewBox.baseVal.width;
    lanesSvg.setAttribute('height', height);
    lanesSvg.setAttribute('viewBox', '0 0 ' + w + ' ' + height);
    lanesSvg.setAttribute('data-lanes', shown);
    [].forEach.call(lanesSvg.querySelectorAll('.grid'), function (l) { l.setAttribute('y2', y); });
    [].forEach.call(lanesSvg.querySelectorAll('.cut'), function (r) {
      r.setAttribute('height', Math.max(0, y - 20));
    });
  }

  // Hover: the evidence of a mark's matching events; click: list them in the table.
  var tip = $('tip');
  function markEvents(m) {
    return m.getAttribute('data-e').split(' ').map(Number).filter(function (i) {
      return match[i] === 1;
    });
  }
  function sourcesText(html) {
    var d = document.createElement('div');
    d.innerHTML = html.replace(/<\/li>/g, '\n').replace(/<blockquote>/g, ' “')
      .replace(/<\/blockquote>/g, '”');
    return d.textContent.trim();
  }
  function tipText(list) {
    if (list.length === 1) {
      var e = E[list[0]];
      return [e[WORDS] + ' (' + e[EDTF] + ')', headline(e), coding(e), e[SUMMARY],
        e[LOC] ? 'Location: ' + e[LOC] : '', sourcesText(e[SOURCES])]
        .filter(Boolean).join('\n');
    }
    var lines = list.slice(0, 8).map(function (i) { return E[i][WORDS] + ' — ' + headline(E[i]); });
    if (list.length > 8) lines.push('… and ' + thousands(list.length - 8) + ' more');
    return plural(list.length, 'event', 'events') + ':\n' + lines.join('\n') +
      '\nClick to list them in the table.';
  }
  function showTip(ev, text) {
    tip.textContent = text;
    tip.hidden = false;
    var x = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    var y = ev.clientY + 16;
    if (y + tip.offsetHeight > window.innerHeight) y = Math.max(4, ev.clientY - tip.offsetHeight - 8);
    tip.style.left = Math.max(4, x) + 'px';
    tip.style.top = y + 'px';
  }
  if (lanesSvg) {
    lanesSvg.addEventListener('mousemove', function (ev) {
      var m = ev.target.closest('[data-e]');
      if (m) showTip(ev, tipText(markEvents(m))); else tip.hidden = true;
    });
    lanesSvg.addEventListener('mouseleave', function () { tip.hidden = true; });
    lanesSvg.addEventListener('click', function (ev) {
      var m = ev.target.closest('[data-e]');
      if (!m) return;
      state.sel = markEvents(m);
      updateTable();
      $('events').scrollIntoView();
    });
  }

  // The event table: the matching events (or the clicked mark's), sorted, a page at a time.
  var tbody = document.querySelector('#table tbody'), more = $('more'), order = [], shown = 0;
  var heads = [].slice.call(document.querySelectorAll('#table th[data-sort]'));
  function sortKeys(by, rows) {
    var keys = {};
    rows.forEach(function (i) {
      var e = E[i];
      keys[i] = by === 'source' ? name(e[SRC]).toLowerCase()
        : by === 'target' ? name(e[TGT]).toLowerCase()
          : by === 'type' ? T[e[TYPE]][0] : T[e[TYPE]][3];
    });
    return keys;
  }
  function updateTable() {
    var rows = state.sel || matched;
    order = rows.slice();
    if (state.sort !== 'index') {
      var keys = sortKeys(state.sort, order);
      order.sort(function (a, b) {
        var x = keys[a], y = keys[b];
        return x < y ? -1 : x > y ? 1 : a - b;
      });
    }
    if (state.dir < 0) order.reverse();
    heads.forEach(function (th) {
      var on = th.getAttribute('data-sort') === state.sort && th.textContent !== '#';
      th.classList.toggle('asc', on && state.dir > 0);
      th.classList.toggle('desc', on && state.dir < 0);
    });
    tbody.textContent = '';
    shown = 0;
    showMore();
  }
  function row(i) {
    var e = E[i], t = T[e[TYPE]], tr = document.createElement('tr');
    tr.id = 'ev-' + i;
    tr.className = 'q' + t[2];
    tr.innerHTML = '<td>' + (i + 1) + '</td><td>' + esc(e[WORDS]) + '<br><code>' + esc(e[EDTF]) +
      '</code></td><td>' + esc(name(e[SRC])) + '</td><td>' + esc(t[0]) + ' ' + esc(t[1]) +
      '<br><small>' + QUADS[t[2]] + '</small></td><td>' + esc(name(e[TGT])) + '</td><td>' +
      signed(t[3]) + '</td><td>' + esc(e[SUMMARY]) +
      (e[LOC] ? '<br><small>' + esc(e[LOC]) + '</small>' : '') + '<br><code>' + esc(e[ID]) +
      '</code></td><td>' + e[SOURCES] + '</td>';
    return tr;
  }
  function showMore() {
    var end = Math.min(order.length, shown + PAGE), frag = document.createDocumentFragment();
    for (; shown < end; shown++) frag.appendChild(row(order[shown]));
    tbody.appendChild(frag);
    var left = order.length - shown;
    more.hidden = left <= 0;
    more.textContent = 'Show ' + thousands(Math.min(PAGE, left)) + ' more (' + thousands(left) +
      ' left)';
    var note = $('table-note');
    note.textContent = (state.sel ? 'The ' + plural(order.length, 'event', 'events') +
      ' of the clicked mark' : shown < order.length ? 'The first ' + thousands(shown) + ' of ' +
      plural(order.length, 'matching event', 'matching events')
      : plural(order.length, 'matching event', 'matching events')) +
      '. Click a column heading to sort.';
    if (state.sel) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'chip';
      b.textContent = 'show every matching event';
      b.onclick = function () { state.sel = null; updateTable(); };
      note.appendChild(b);
    }
  }
  more.addEventListener('click', showMore);
  heads.forEach(function (th) {
    th.addEventListener('click', function () {
      var by = th.getAttribute('data-sort');
      state.dir = state.sort === by ? -state.dir : 1;
      state.sort = by;
      updateTable();
      writeHash();
    });
  });

  // The dyads: the series of the chosen one and the matrix of the busiest actors.
  var dyadSelect = $('dyad');
  function dyadKey(s, t) { return A[s][0] + '>' + A[t][0]; }
  function updateDyads() {
    var stats = {}, activity = {};
    matched.forEach(function (i) {
      var e = E[i];
      if (e[SRC] < 0 || e[TGT] < 0) return;
      var key = e[SRC] * A.length + e[TGT], s = stats[key], q = T[e[TYPE]][2];
      if (!s) s = stats[key] = { s: e[SRC], t: e[TGT], n: 0, monthly: 0, net: 0, coop: 0 };
      s.n++;
      s.net += tenths(T[e[TYPE]][3]);
      if (q <= 2) s.coop++;
      if (e[MONTH] >= 0) s.monthly++;
      activity[e[SRC]] = (activity[e[SRC]] || 0) + 1;
      if (e[TGT] !== e[SRC]) activity[e[TGT]] = (activity[e[TGT]] || 0) + 1;
    });
    var list = Object.keys(stats).map(function (k) { return stats[k]; })
      .filter(function (s) { return s.monthly > 0; })
      .sort(function (a, b) { return b.monthly - a.monthly || a.s - b.s || a.t - b.t; });
    var chosen = list.filter(function (s) { return dyadKey(s.s, s.t) === state.dyad; })[0];
    var options = list.slice(0, 200);
    if (chosen && options.indexOf(chosen) < 0) options.push(chosen);
    chosen = chosen || options[0];
    dyadSelect.textContent = '';
    options.forEach(function (s) {
      var o = document.createElement('option');
      o.value = dyadKey(s.s, s.t);
      o.textContent = name(s.s) + ' → ' + name(s.t) + ' (' + plural(s.monthly, 'event', 'events') + ')';
      o.selected = s === chosen;
      dyadSelect.appendChild(o);
    });
    drawSeries(chosen);
    drawMatrix(stats, activity);
  }
  dyadSelect.addEventListener('change', function () {
    state.dyad = dyadSelect.value;
    updateDyads();
    writeHash();
  });

  function drawSeries(dyad) {
    var box = $('series');
    box.textContent = '';
    if (!dyad) {
      box.innerHTML = '<p class="empty">No matching event between two actors counts in a month.</p>';
      return;
    }
    var months = {}, lo = Infinity, hi = -Infinity;
    matched.forEach(function (i) {
      var e = E[i];
      if (e[SRC] !== dyad.s || e[TGT] !== dyad.t || e[MONTH] < 0) return;
      var m = months[e[MONTH]] || (months[e[MONTH]] = { n: 0, pos: 0, neg: 0 });
      var g = tenths(T[e[TYPE]][3]);
      m.n++;
      if (g > 0) m.pos += g; else m.neg += g;
      lo = Math.min(lo, e[MONTH]);
      hi = Math.max(hi, e[MONTH]);
    });
    var count = hi - lo + 1, W = 1100, left = 64, plotW = W - left - 16, bw = plotW / count;
    var nH = 90, gH = 180, nTop = 22, gTop = nTop + nH + 34, H = gTop + gH + 34;
    var maxN = 1, maxG = 1;
    Object.keys(months).forEach(function (k) {
      maxN = Math.max(maxN, months[k].n);
      maxG = Math.max(maxG, months[k].pos, -months[k].neg);
    });
    var svg = el('svg', { xmlns: SVG, width: W, height: H, viewBox: '0 0 ' + W + ' ' + H,
      role: 'img', 'aria-label': 'Monthly series of ' + name(dyad.s) + ' → ' + name(dyad.t) });
    var zero = gTop + gH / 2, half = gH / 2 - 4;
    svg.appendChild(el('text', { x: left, y: 14 }, 'Events per month, ' + name(dyad.s) + ' → ' +
      name(dyad.t)));
    svg.appendChild(el('text', { x: left, y: gTop - 8 },
      'Sum of Goldstein scores per month: cooperation above the line, conflict below'));
    svg.appendChild(el('line', { x1: left, x2: W - 16, y1: nTop + nH, y2: nTop + nH, stroke: '#888' }));
    svg.appendChild(el('line', { x1: left, x2: W - 16, y1: zero, y2: zero, stroke: '#555' }));
    [[nTop + 4, String(maxN)], [nTop + nH, '0'], [zero - half + 4, '+' + (maxG / 10).toFixed(1)],
      [zero + 4, '0'], [zero + half, '−' + (maxG / 10).toFixed(1)]].forEach(function (t) {
      svg.appendChild(el('text', { x: left - 6, y: t[0], 'text-anchor': 'end' }, t[1]));
    });
    var net = [], step = Math.max(1, Math.ceil(count / 14));
    for (var m = lo; m <= hi; m++) {
      var x = left + (m - lo) * bw, v = months[m] || { n: 0, pos: 0, neg: 0 };
      var w = Math.min(48, Math.max(1, bw * 0.8)), cx = x + bw / 2;
      if (v.n) {
        var h = v.n / maxN * (nH - 4);
        svg.appendChild(el('rect', { x: cx - w / 2, y: nTop + nH - h, width: w, height: h, fill: '#6e7781' }));
      }
      if (v.pos) {
        var hp = v.pos / maxG * half;
        svg.appendChild(el('rect', { x: cx - w / 2, y: zero - hp, width: w, height: hp, fill: '#1a9850' }));
      }
      if (v.neg) {
        var hn = -v.neg / maxG * half;
        svg.appendChild(el('rect', { x: cx - w / 2, y: zero, width: w, height: hn, fill: '#d73027' }));
      }
      net.push(cx.toFixed(1) + ',' + (zero - (v.pos + v.neg) / maxG * half).toFixed(1));
      if ((m - lo) % step === 0) {
        svg.appendChild(el('text', { x: cx, y: H - 12, 'text-anchor': 'middle' }, monthName(m)));
      }
      var hover = el('rect', { x: x, y: nTop, width: bw, height: H - nTop - 26, fill: 'transparent' });
      hover.appendChild(el('title', {}, monthName(m) + ': ' + plural(v.n, 'event', 'events') +
        ', Goldstein sum ' + signed((v.pos + v.neg) / 10) + ' (cooperation ' + signed(v.pos / 10) +
        ', conflict ' + signed(v.neg / 10) + ')'));
      svg.appendChild(hover);
    }
    if (net.length > 1) {
      svg.appendChild(el('polyline', { points: net.join(' '), fill: 'none', stroke: '#1f2328',
        'stroke-width': 1.5, 'pointer-events': 'none' }));
    }
    box.appendChild(svg);
  }

  function colour(v, max) {
    var r = Math.sqrt(Math.min(1, Math.abs(v) / max));
    var to = v > 0 ? [26, 152, 80] : [215, 48, 39];
    return 'rgb(' + to.map(function (c) { return Math.round(255 + (c - 255) * r); }).join(',') + ')';
  }
  function drawMatrix(stats, activity) {
    var box = $('matrix');
    box.textContent = '';
    var top = Object.keys(activity).map(Number).sort(function (a, b) {
      return activity[b] - activity[a] || a - b;
    }).slice(0, 15);
    if (top.length < 2) return;
    var cell = 26, labelW = 180, headH = 120, n = top.length;
    var W = labelW + n * cell + 200, H = headH + n * cell + 20, max = 1;
    top.forEach(function (s) {
      top.forEach(function (t) {
        var st = stats[s * A.length + t];
        if (st) max = Math.max(max, Math.abs(st.net));
      });
    });
    var svg = el('svg', { xmlns: SVG, width: W, height: H, viewBox: '0 0 ' + W + ' ' + H,
      role: 'img', 'aria-label': 'Dyad matrix of the ' + n + ' busiest actors' });
    svg.appendChild(el('text', { x: 0, y: 14 }, 'Source (row) → target (column), net Goldstein'));
    top.forEach(function (a, k) {
      var label = name(a).length > 26 ? name(a).slice(0, 25) + '…' : name(a);
      svg.appendChild(el('text', { x: labelW - 6, y: headH + k * cell + cell / 2 + 4,
        'text-anchor': 'end' }, label));
      var x = labelW + k * cell + cell / 2 + 4;
      svg.appendChild(el('text', { x: x, y: headH - 6, transform: 'rotate(-45 ' + x + ' ' +
        (headH - 6) + ')' }, label));
    });
    top.forEach(function (s, r) {
      top.forEach(function (t, c) {
        var st = stats[s * A.length + t];
        var rect = el('rect', { x: labelW + c * cell, y: headH + r * cell, width: cell - 2,
          height: cell - 2, fill: st ? (st.net ? colour(st.net, max) : '#e1e4e8') : '#fafbfc',
          stroke: '#d0d7de', 'stroke-width': 0.5 });
        if (st) {
          rect.setAttribute('class', 'cell');
          rect.style.cursor = 'pointer';
          rect.appendChild(el('title', {}, name(s) + ' → ' + name(t) + ': ' +
            plural(st.n, 'event', 'events') + ' (' + st.coop + ' cooperation, ' + (st.n - st.coop) +
            ' conflict), net Goldstein ' + signed(st.net / 10)));
          rect.addEventListener('click', function () {
            state.dyad = dyadKey(s, t);
            updateDyads();
            writeHash();
            $('series').scrollIntoView();
          });
        }
        svg.appendChild(rect);
      });
    });
    // The colour scale.
    var lx = labelW + n * cell + 30, ly = headH;
    for (var k = 0; k <= 10; k++) {
      var v = (5 - k) / 5 * max;
      svg.appendChild(el('rect', { x: lx, y: ly + k * 14, width: 18, height: 14,
        fill: v ? colour(v, max) : '#e1e4e8' }));
    }
    svg.appendChild(el('text', { x: lx + 24, y: ly + 10 }, signed(max / 10) + ' cooperation'));
    svg.appendChild(el('text', { x: lx + 24, y: ly + 5 * 14 + 11 }, '0'));
    svg.appendChild(el('text', { x: lx + 24, y: ly + 11 * 14 - 3 }, signed(-max / 10) + ' conflict'));
    box.appendChild(svg);
  }

  // The actor diagram: wheel or buttons zoom, dragging pans, all on the SVG's viewBox; a click
  // on an actor of Graphviz's drawing filters by it.
  var dbox = $('diagram'), dsvg = dbox && dbox.querySelector('svg');
  if (dsvg) {
    var b = dsvg.viewBox.baseVal, home = b && b.width ? [b.x, b.y, b.width, b.height]
      : [0, 0, dsvg.width.baseVal.value, dsvg.height.baseVal.value];
    var vb = home.slice(), drag = null;
    dsvg.removeAttribute('width');
    dsvg.removeAttribute('height');
    dbox.style.height = Math.max(320, Math.min(window.innerHeight * 0.75,
      dbox.clientWidth * home[3] / home[2])) + 'px';
    var setView = function () {
      dsvg.setAttribute('viewBox', vb.map(function (v) { return v.toFixed(2); }).join(' '));
    };
    var toSvg = function (x, y) {
      var p = dsvg.createSVGPoint();
      p.x = x;
      p.y = y;
      return p.matrixTransform(dsvg.getScreenCTM().inverse());
    };
    var zoom = function (f, cx, cy) {
      var w = vb[2] * f;
      if (w < home[2] / 40 || w > home[2] * 4) return;
      vb = [cx - (cx - vb[0]) * f, cy - (cy - vb[1]) * f, w, vb[3] * f];
      setView();
    };
    var centre = function () { return [vb[0] + vb[2] / 2, vb[1] + vb[3] / 2]; };
    dbox.addEventListener('wheel', function (ev) {
      ev.preventDefault();
      var p = toSvg(ev.clientX, ev.clientY);
      zoom(ev.deltaY > 0 ? 1.25 : 0.8, p.x, p.y);
    }, { passive: false });
    dbox.addEventListener('pointerdown', function (ev) {
      if (ev.target.closest('button')) return;
      drag = { x: ev.clientX, y: ev.clientY, vb: vb.slice(), scale: dsvg.getScreenCTM().a, moved: 0 };
      dbox.classList.add('drag');
    });
    window.addEventListener('pointermove', function (ev) {
      if (!drag) return;
      var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      drag.moved = Math.max(drag.moved, Math.abs(dx) + Math.abs(dy));
      vb[0] = drag.vb[0] - dx / drag.scale;
      vb[1] = drag.vb[1] - dy / drag.scale;
      setView();
    });
    window.addEventListener('pointerup', function (ev) {
      if (!drag) return;
      var moved = drag.moved;
      drag = null;
      dbox.classList.remove('drag');
      var node = moved < 4 && ev.target.closest && ev.target.closest('g.node');
      var id = node && node.querySelector('title') && node.querySelector('title').textContent;
      if (id && id in actorIndex) {
        state.actor = id;
        syncControls();
        apply();
      }
    });
    [].forEach.call(dbox.querySelectorAll('[data-zoom]'), function (btn) {
      btn.addEventListener('click', function () {
        var c = centre(), what = btn.getAttribute('data-zoom');
        if (what === 'in') zoom(1 / 1.5, c[0], c[1]);
        else if (what === 'out') zoom(1.5, c[0], c[1]);
        else { vb = home.slice(); setView(); }
      });
    });
  }

  // The controls and the URL fragment.
  var actorSelect = $('actor');
  A.map(function (a, k) { return k; }).sort(function (x, y) {
    return A[x][1].localeCompare(A[y][1]) || x - y;
  }).forEach(function (k) {
    var o = document.createElement('option');
    o.value = A[k][0];
    o.textContent = A[k][1] + (A[k][2] ? ' (' + A[k][2] + ')' : '');
    actorSelect.appendChild(o);
  });
  var quadBoxes = [].slice.call(document.querySelectorAll('input[name=quad]'));
  function syncControls() {
    $('q').value = state.q;
    $('from').value = state.from;
    $('to').value = state.to;
    actorSelect.value = state.actor in actorIndex ? state.actor : '';
    quadBoxes.forEach(function (c) { c.checked = state.quads[Number(c.value)]; });
  }
  function readHash(text) {
    var p = new URLSearchParams(text), quads = p.get('quad');
    state.q = p.get('q') || '';
    state.from = p.get('from') || '';
    state.to = p.get('to') || '';
    state.actor = p.get('actor') || '';
    state.dyad = p.get('dyad') || '';
    state.quads = [true, !quads, !quads, !quads, !quads];
    (quads || '').split(',').forEach(function (q) { if (q >= 1 && q <= 4) state.quads[q] = true; });
    var sort = (p.get('sort') || 'index').split(':');
    state.sort = ['index', 'source', 'target', 'type', 'goldstein'].indexOf(sort[0]) >= 0
      ? sort[0] : 'index';
    state.dir = sort[1] === 'desc' ? -1 : 1;
    state.sel = null;
    syncControls();
  }
  var written = '';
  function writeHash() {
    var p = new URLSearchParams(), quads = [];
    if (state.q) p.set('q', state.q);
    if (state.from) p.set('from', state.from);
    if (state.to) p.set('to', state.to);
    for (var q = 1; q <= 4; q++) if (state.quads[q]) quads.push(q);
    if (quads.length < 4) p.set('quad', quads.join(','));
    if (state.actor) p.set('actor', state.actor);
    if (state.dyad) p.set('dyad', state.dyad);
    if (state.sort !== 'index' || state.dir < 0) {
      p.set('sort', state.sort + (state.dir < 0 ? ':desc' : ''));
    }
    written = p.toString();
    if (written !== location.hash.slice(1)) {
      try {
        history.replaceState(null, '', written ? '#' + written : location.pathname + location.search);
      } catch (e) { /* a page whose address cannot change keeps working */ }
    }
  }
  window.addEventListener('hashchange', function () {
    // A link to a section (#events) keeps the search and filters.
    var text = location.hash.slice(1);
    if (text === written || (text && text.indexOf('=') < 0)) return;
    readHash(location.hash.slice(1));
    apply();
  });
  var typing = null;
  $('q').addEventListener('input', function () {
    clearTimeout(typing);
    typing = setTimeout(function () { state.q = $('q').value; state.sel = null; apply(); },
      N > 20000 ? 300 : 100);
  });
  [['from', 'from'], ['to', 'to'], ['actor', 'actor']].forEach(function (f) {
    $(f[0]).addEventListener('change', function () {
      state[f[1]] = $(f[0]).value;
      state.sel = null;
      apply();
    });
  });
  quadBoxes.forEach(function (c) {
    c.addEventListener('change', function () {
      state.quads[Number(c.value)] = c.checked;
      state.sel = null;
      apply();
    });
  });
  $('reset').addEventListener('click', function () {
    readHash('');
    apply();
  });

  readHash(location.hash.slice(1));
  apply(true);
  // How long the page took, for docs/formats.md: since the navigation started, and in this
  // script (the last search or filter, in data-apply-ms).
  root.setAttribute('data-script-ms', Math.round(performance.now() - started));
  root.setAttribute('data-ready-ms', Math.round(performance.now()));
  requestAnimationFrame(function () {
    root.setAttribute('data-painted-ms', Math.round(performance.now()));
  });
})();
