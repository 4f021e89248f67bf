//! The table of hand-written news cases: every pattern the tagger finds, the year boundary,
//! leap days, ISO weeks 1 and 53, sentences with several expressions, and text that holds no
//! date. Each case lists every expression expected in its text, in order, with its TIMEX3 value
//! and EDTF span; a missing or an extra expression fails the case.

use casus::timex::tag;
use chrono::NaiveDate;

const CASES: &str = r#"
# Hand-written news-style cases for the temporal tagger (casus's own sentences).
# One case a line: anchor | text | then, for every expression expected in the text, in order,
# span | TIMEX3 value | EDTF (empty for durations and sets). A case with no expression ends after
# the text. The whole list must match: a missing or an extra expression fails the case.
# Anchor 2020-09-29 is a Tuesday in ISO week 40 (2020-09-28 to 2020-10-04).

## Absolute dates, with and without periods and abbreviations
2020-09-29 | The ceasefire was signed on September 30, 2019. | September 30, 2019 | 2019-09-30 | 2019-09-30
2020-09-29 | Talks began Sept. 30, 2019, in Vienna. | Sept. 30, 2019 | 2019-09-30 | 2019-09-30
2020-09-29 | The vote took place on 30 September 2019. | 30 September 2019 | 2019-09-30 | 2019-09-30
2020-09-29 | It happened on 3 Oct. 2018 near the border. | 3 Oct. 2018 | 2018-10-03 | 2018-10-03
2020-09-29 | By Oct 3rd, 2018 the army had withdrawn. | Oct 3rd, 2018 | 2018-10-03 | 2018-10-03
2020-09-29 | The report is dated 2019-11-05. | 2019-11-05 | 2019-11-05 | 2019-11-05
2020-09-29 | The log shows 11/05/2019 as the date of the raid. | 11/05/2019 | 2019-11-05 | 2019-11-05
2020-09-29 | It was logged on 25/12/2018 by the monitors. | 25/12/2018 | 2018-12-25 | 2018-12-25
2020-09-29 | The protocol was signed on 05.11.2019 in Minsk. | 05.11.2019 | 2019-11-05 | 2019-11-05
2020-09-29 | Fighting resumed on the 1st of March 2016. | the 1st of March 2016 | 2016-03-01 | 2016-03-01
2020-09-29 | The truce of 14 July 2017 collapsed within hours. | 14 July 2017 | 2017-07-14 | 2017-07-14
2020-09-29 | On Monday, Sept. 28, 2020, the talks opened. | Monday, Sept. 28, 2020 | 2020-09-28 | 2020-09-28
2020-09-29 | In January 2015 the rebels advanced on the port. | January 2015 | 2015-01 | 2015-01
2020-09-29 | The offensive of Aug. 2008 was brief. | Aug. 2008 | 2008-08 | 2008-08
2020-09-29 | The accord of March 2011 still stands. | March 2011 | 2011-03 | 2011-03
2020-09-29 | The deal dates from May 2014. | May 2014 | 2014-05 | 2014-05
2020-09-29 | Elections were held in 2010. | 2010 | 2010 | 2010
2020-09-29 | The 2008 war lasted five days. | 2008 | 2008 | 2008 | five days | P5D |
2020-09-29 | The mission began in 1994 and ended in 2004. | 1994 | 1994 | 1994 | 2004 | 2004 | 2004
2020-09-29 | Figures for 2014-10 show a drop in exports. | 2014-10 | 2014-10 | 2014-10
2020-09-29 | The 2014/10 figures were revised. | 2014/10 | 2014-10 | 2014-10
2020-09-29 | Results for 2018Q4 were weak. | 2018Q4 | 2018-Q4 | 2018-36
2020-09-29 | The summit in the year 2000 failed. | the year 2000 | 2000 | 2000
2020-09-29 | The July 4, 2019 parade was cancelled. | July 4, 2019 | 2019-07-04 | 2019-07-04
2020-09-29 | A statement dated December 1 2019 was released. | December 1 2019 | 2019-12-01 | 2019-12-01
2020-09-29 | The decree of 2 February 2015 was annulled. | 2 February 2015 | 2015-02-02 | 2015-02-02
2020-09-29 | On Feb. 24, 2022, tanks crossed the border. | Feb. 24, 2022 | 2022-02-24 | 2022-02-24
2020-09-29 | The treaty was ratified in November 1995. | November 1995 | 1995-11 | 1995-11
2020-09-29 | The agreement of 2/2013 was never applied. | 2/2013 | 2013-02 | 2013-02
2020-09-29 | The raid took place on 3/3/15 at dawn. | 3/3/15 | 2015-03-03 | 2015-03-03
2020-09-29 | The census was held around 2010, officials said. | around 2010 | 2010 | 2010~
2020-09-29 | The wall was built circa 1961. | circa 1961 | 1961 | 1961~
2020-09-29 | The town was taken on 12 Sept 2016. | 12 Sept 2016 | 2016-09-12 | 2016-09-12
2020-09-29 | The ministry's note of Jan. 5, 2020 was leaked. | Jan. 5, 2020 | 2020-01-05 | 2020-01-05

## Year-less dates and months: the most recent one on or before the publication date
2020-09-29 | Talks resumed on Sept. 30. | Sept. 30 | 2019-09-30 | 2019-09-30
2020-09-29 | Talks will resume on Sept. 30. | Sept. 30 | 2020-09-30 | 2020-09-30
2020-09-29 | The attack came on Sept. 29. | Sept. 29 | 2020-09-29 | 2020-09-29
2020-09-29 | The vote is due to take place on Oct. 11. | Oct. 11 | 2020-10-11 | 2020-10-11
2020-09-29 | The summit is set to open on 2 October. | 2 October | 2020-10-02 | 2020-10-02
2020-09-29 | Moscow plans to host talks on October 5. | October 5 | 2020-10-05 | 2020-10-05
2020-09-29 | The ceasefire broke down on July 12. | July 12 | 2020-07-12 | 2020-07-12
2020-09-29 | A truce was agreed on December 3. | December 3 | 2019-12-03 | 2019-12-03
2020-09-29 | In October the army withdrew. | October | 2019-10 | 2019-10
2020-09-29 | In September the clashes resumed. | September | 2020-09 | 2020-09
2020-09-29 | The army will withdraw in October. | October | 2020-10 | 2020-10
2020-09-29 | Protests began in late August. | late August | 2020-08 | 2020-08-21/2020-08-31
2020-09-29 | By mid-September the front had stabilised. | mid-September | 2020-09 | 2020-09-11/2020-09-20
2020-09-29 | The shelling began in early September. | early September | 2020-09 | 2020-09-01/2020-09-10
2020-09-29 | New talks will open in early October. | early October | 2020-10 | 2020-10-01/2020-10-10
2020-09-29 | Since July, 40 people have died. | July | 2020-07 | 2020-07/..
2020-09-29 | Since December, prices have risen. | December | 2019-12 | 2019-12/..
2020-09-29 | The blockade lasted until March. | March | 2020-03 | ../2020-03
2020-09-29 | The curfew will last until November. | November | 2020-11 | ../2020-11
2020-09-29 | From June to August the front was quiet. | June | 2020-06 | 2020-06/2020-08 | August | 2020-08 | 2020-08
2020-09-29 | Between May and July, 300 people were detained. | May | 2020-05 | 2020-05/2020-07 | July | 2020-07 | 2020-07
2020-09-29 | From November to February the pass is closed. | November | 2020-11 | 2020-11/2021-02 | February | 2021-02 | 2021-02
2020-09-29 | The talks ran from July 13 to 15. | July 13 to 15 | 2020-07-13/2020-07-15 | 2020-07-13/2020-07-15
2020-09-29 | Clashes on Aug. 27-29 killed 12 soldiers. | Aug. 27-29 | 2020-08-27/2020-08-29 | 2020-08-27/2020-08-29
2020-09-29 | The conference of 1-8 September was cancelled. | 1-8 September | 2020-09-01/2020-09-08 | 2020-09-01/2020-09-08
2020-09-29 | The summit ran from 13 to 15 July 2019. | 13 to 15 July 2019 | 2019-07-13/2019-07-15 | 2019-07-13/2019-07-15
2020-09-29 | The drills of July 13 - July 15 were watched closely. | July 13 - July 15 | 2020-07-13/2020-07-15 | 2020-07-13/2020-07-15
2020-09-29 | On the 15th, the envoy arrived. | the 15th | 2020-09-15 | 2020-09-15
2020-09-29 | The convoy was stopped on the first. | the first | 2020-09-01 | 2020-09-01
2020-09-29 | The first of March saw new protests. | The first of March | 2020-03-01 | 2020-03-01
2020-09-29 | The sanctions took effect on 2 March. | 2 March | 2020-03-02 | 2020-03-02
2020-09-29 | The talks of May 5 produced nothing. | May 5 | 2020-05-05 | 2020-05-05
2020-09-29 | The envoy arrived in Baku in May. | May | 2020-05 | 2020-05
2020-09-29 | The leaders are expected to meet in December. | December | 2020-12 | 2020-12
2020-09-29 | The first Sunday of May was calm. | first Sunday of May | 2020-05-03 | 2020-05-03
2020-09-29 | Rebels attacked on the last Friday of August. | the last Friday of August | 2020-08-28 | 2020-08-28
2020-09-29 | The week of Sept. 14 was the bloodiest. | The week of Sept. 14 | 2020-W38 | 2020-09-14/2020-09-20
2020-09-29 | It was Saturday, Oct. 3, when the town fell. | Saturday, Oct. 3 | 2020-10-03 | 2020-10-03
2020-09-29 | The ceasefire began Sunday, Sept. 27. | Sunday, Sept. 27 | 2020-09-27 | 2020-09-27

## Weekdays: the most recent one, the same day counting; forward only with next, coming or a future cue
2020-09-29 | Russia on Tuesday urged Turkey to talk. | Tuesday | 2020-09-29 | 2020-09-29
2020-09-29 | On Monday the president demanded a withdrawal. | Monday | 2020-09-28 | 2020-09-28
2020-09-29 | The shelling started on Sunday. | Sunday | 2020-09-27 | 2020-09-27
2020-09-29 | The ministry said on Wednesday it had shot down a drone. | Wednesday | 2020-09-23 | 2020-09-23
2020-09-29 | Officials will meet on Wednesday. | Wednesday | 2020-09-30 | 2020-09-30
2020-09-29 | The foreign ministers are due to meet on Thursday. | Thursday | 2020-10-01 | 2020-10-01
2020-09-29 | Talks are set to resume on Saturday. | Saturday | 2020-10-03 | 2020-10-03
2020-09-29 | The envoy plans to visit Yerevan on Friday. | Friday | 2020-10-02 | 2020-10-02
2020-09-29 | Last Tuesday the border was closed. | Last Tuesday | 2020-09-22 | 2020-09-22
2020-09-29 | Last Friday, the rebels attacked a convoy. | Last Friday | 2020-09-25 | 2020-09-25
2020-09-29 | The vote is next Wednesday. | next Wednesday | 2020-10-07 | 2020-10-07
2020-09-29 | The vote comes this coming Friday. | coming Friday | 2020-10-02 | 2020-10-02
2020-09-29 | A second round is planned for the coming Tuesday. | the coming Tuesday | 2020-10-06 | 2020-10-06
2020-09-29 | Troops arrived on Mon. and left on Thurs. | Mon. | 2020-09-28 | 2020-09-28 | Thurs. | 2020-09-24 | 2020-09-24
2020-09-29 | On Tuesday, Sept. 29, the talks opened. | Tuesday, Sept. 29 | 2020-09-29 | 2020-09-29
2020-09-29 | The Sunday vote went ahead. | Sunday | 2020-09-27 | 2020-09-27
2020-09-29 | Monday's attack killed four people. | Monday | 2020-09-28 | 2020-09-28
2020-09-29 | Officials will meet on Monday of next week. | Monday of next week | 2020-10-05 | 2020-10-05
2020-09-29 | The strike took place on Sunday of last week. | Sunday of last week | 2020-09-27 | 2020-09-27
2020-09-29 | The ministers met on Thursday of this week. | Thursday of this week | 2020-10-01 | 2020-10-01
2020-09-29 | The rally on Saturday drew thousands. | Saturday | 2020-09-26 | 2020-09-26
2020-09-29 | This Monday the curfew was lifted. | This Monday | 2020-09-28 | 2020-09-28
2020-09-29 | Last Sunday a drone struck the depot. | Last Sunday | 2020-09-27 | 2020-09-27
2020-09-29 | Fri. was the deadline. | Fri. | 2020-09-25 | 2020-09-25
2020-09-29 | The army said on Tues. it had regained the hill. | Tues. | 2020-09-29 | 2020-09-29
2025-05-10 | Pakistan said on Saturday that a ceasefire was in place. | Saturday | 2025-05-10 | 2025-05-10
2025-05-10 | India struck targets on Wednesday. | Wednesday | 2025-05-07 | 2025-05-07
2025-05-10 | The talks will continue on Monday. | Monday | 2025-05-12 | 2025-05-12
2022-09-13 | Shelling began early on Tuesday. | Tuesday | 2022-09-13 | 2022-09-13
2022-09-13 | The sides had agreed a truce on Sunday. | Sunday | 2022-09-11 | 2022-09-11
2021-01-05 | On Friday the army reported new clashes. | Friday | 2021-01-01 | 2021-01-01
2021-01-05 | On Thursday the army reported new clashes. | Thursday | 2020-12-31 | 2020-12-31
2021-01-05 | Talks will open on Thursday. | Thursday | 2021-01-07 | 2021-01-07

## today, yesterday, tomorrow
2020-09-29 | Officials said today that the road was open. | today | 2020-09-29 | 2020-09-29
2020-09-29 | Yesterday, the shelling resumed. | Yesterday | 2020-09-28 | 2020-09-28
2020-09-29 | Talks resume tomorrow in Geneva. | tomorrow | 2020-09-30 | 2020-09-30
2020-09-29 | The day before yesterday the town fell. | The day before yesterday | 2020-09-27 | 2020-09-27
2020-09-29 | The envoy arrives the day after tomorrow. | the day after tomorrow | 2020-10-01 | 2020-10-01
2020-09-29 | Tonight's meeting was cancelled. | Tonight | 2020-09-29 | 2020-09-29
2021-01-01 | Yesterday the year ended with a raid. | Yesterday | 2020-12-31 | 2020-12-31
2020-12-31 | The law takes effect tomorrow. | tomorrow | 2021-01-01 | 2021-01-01
2024-03-01 | Yesterday's strike hit a depot. | Yesterday | 2024-02-29 | 2024-02-29
2023-03-01 | Yesterday's strike hit a depot. | Yesterday | 2023-02-28 | 2023-02-28
2024-02-29 | The mayor left today and returns tomorrow. | today | 2024-02-29 | 2024-02-29 | tomorrow | 2024-03-01 | 2024-03-01

## this, last, next, past, coming + week, weekend, month, quarter, year
2020-09-29 | Fighting intensified this week. | this week | 2020-W40 | 2020-09-28/2020-10-04
2020-09-29 | Fighting intensified last week. | last week | 2020-W39 | 2020-09-21/2020-09-27
2020-09-29 | Talks are planned for next week. | next week | 2020-W41 | 2020-10-05/2020-10-11
2020-09-29 | Over the past week the town was shelled daily. | the past week | P1W | 2020-09-21/2020-09-27 | daily | P1D |
2020-09-29 | Aid should arrive in the coming week. | the coming week | 2020-W41 | 2020-10-05/2020-10-11
2020-09-29 | Protests are expected this weekend. | this weekend | 2020-W40-WE | 2020-10-03/2020-10-04
2020-09-29 | Protests took place last weekend. | last weekend | 2020-W39-WE | 2020-09-26/2020-09-27
2020-09-29 | A rally is planned for next weekend. | next weekend | 2020-W41-WE | 2020-10-10/2020-10-11
2020-09-29 | Three villages were shelled over the weekend. | the weekend | 2020-W39-WE | 2020-09-26/2020-09-27
2020-09-29 | Prices rose this month. | this month | 2020-09 | 2020-09
2020-09-29 | Prices rose last month. | last month | 2020-08 | 2020-08
2020-09-29 | Prices will rise next month. | next month | 2020-10 | 2020-10
2020-09-29 | Output fell this quarter. | this quarter | 2020-Q3 | 2020-35
2020-09-29 | Output fell last quarter. | last quarter | 2020-Q2 | 2020-34
2020-09-29 | Output will recover next quarter. | next quarter | 2020-Q4 | 2020-36
2020-09-29 | The war began this year. | this year | 2020 | 2020
2020-09-29 | The war began last year. | last year | 2019 | 2019
2020-09-29 | Elections are due next year. | next year | 2021 | 2021
2020-09-29 | Exports fell in the past year. | the past year | 2019 | 2019
2020-09-29 | Elections are due in the coming year. | the coming year | 2021 | 2021
2020-09-29 | The economy shrank in the last decade. | the last decade | 201 | 201X
2020-09-29 | It is the worst crisis this century. | this century | 20 | 20XX
2020-09-29 | The previous year the talks had failed. | The previous year | 2019 | 2019
2020-09-29 | The current year has been the hardest. | The current year | 2020 | 2020
2021-01-15 | Prices rose last month. | last month | 2020-12 | 2020-12
2021-01-15 | Output fell last quarter. | last quarter | 2020-Q4 | 2020-36
2021-01-15 | The war ended last year. | last year | 2020 | 2020
2020-12-10 | Talks resume next month. | next month | 2021-01 | 2021-01
2020-12-22 | The envoy returns next week. | next week | 2020-W53 | 2020-12-28/2021-01-03

## Parts of units: earlier this month, late last year, mid-2019, early 2020, the end of the year
2020-09-29 | Earlier this month the talks collapsed. | Earlier this month | 2020-09 | 2020-09-01/2020-09-29
2020-09-29 | The envoy will return later this month. | later this month | 2020-09 | 2020-09-29/2020-09-30
2020-09-29 | Earlier this year the border was closed. | Earlier this year | 2020 | 2020-01-01/2020-09-29
2020-09-29 | Elections are due later this year. | later this year | 2020 | 2020-09-29/2020-12-31
2020-09-29 | Earlier this week the rebels retreated. | Earlier this week | 2020-W40 | 2020-09-28/2020-09-29
2020-09-29 | A vote is expected later this week. | later this week | 2020-W40 | 2020-09-29/2020-10-04
2020-09-29 | The deal was struck late last year. | late last year | 2019 | 2019-09/2019-12
2020-09-29 | Troops will leave early next year. | early next year | 2021 | 2021-01/2021-04
2020-09-29 | The bridge was rebuilt in mid-2019. | mid-2019 | 2019 | 2019-05/2019-08
2020-09-29 | The bridge was rebuilt in early 2020. | early 2020 | 2020 | 2020-01/2020-04
2020-09-29 | The plant closed in late 2018. | late 2018 | 2018 | 2018-09/2018-12
2020-09-29 | The army is to be cut by the end of the year. | the end of the year | 2020 | 2020-09/2020-12
2020-09-29 | At the beginning of the month the roads were cut. | the beginning of the month | 2020-09 | 2020-09-01/2020-09-10
2020-09-29 | By the end of 2012 the mission had grown. | the end of 2012 | 2012 | 2012-09/2012-12
2020-09-29 | The budget is due at the end of October. | the end of October | 2020-10 | 2020-10-21/2020-10-31
2020-09-29 | The talks stalled in the middle of last month. | the middle of last month | 2020-08 | 2020-08-11/2020-08-20
2020-09-29 | Aid arrived late last week. | late last week | 2020-W39 | 2020-09-25/2020-09-27
2020-09-29 | Aid will arrive early next week. | early next week | 2020-W41 | 2020-10-05/2020-10-07
2020-09-29 | Prices peaked in late September. | late September | 2020-09 | 2020-09-21/2020-09-30
2020-09-29 | Clashes broke out in early 2016 and again in mid-2017. | early 2016 | 2016 | 2016-01/2016-04 | mid-2017 | 2017 | 2017-05/2017-08
2020-09-29 | The siege lasted until late March 2017. | late March 2017 | 2017-03 | ../2017-03-31
2020-09-29 | Refugees have returned since early 2019. | early 2019 | 2019 | 2019-01/..
2020-09-29 | The party was founded in the early 1990s. | early 1990s | 199 | 1990/1993
2020-09-29 | The factory closed in the late 1980s. | late 1980s | 198 | 1987/1989
2020-09-29 | Migration peaked in the mid-1990s. | mid-1990s | 199 | 1994/1996
2020-09-29 | The port grew in the early 20th century. | early 20th century | 19 | 1900/1932
2020-09-29 | The fort dates from the late 19th century. | late 19th century | 18 | 1867/1899
2024-02-29 | The thaw came in late February. | late February | 2024-02 | 2024-02-21/2024-02-29
2023-03-10 | The thaw came in late February. | late February | 2023-02 | 2023-02-21/2023-02-28
2020-09-29 | The talks ended in the third quarter. | the third quarter | 2020-Q3 | 2020-35
2020-09-29 | Exports recovered in early third quarter. | early third quarter | 2020-Q3 | 2020-07
2021-01-05 | Earlier this month a truce was signed. | Earlier this month | 2021-01 | 2021-01-01/2021-01-05

## N days, weeks, months, years ago; earlier and later (anaphoric)
2020-09-29 | Three days ago the army shelled the town. | Three days ago | 2020-09-26 | 2020-09-26
2020-09-29 | The talks began two weeks ago. | two weeks ago | 2020-W38 | 2020-09-14/2020-09-20
2020-09-29 | The truce collapsed six months ago. | six months ago | 2020-03 | 2020-03
2020-09-29 | He was elected two years ago. | two years ago | 2018 | 2018
2020-09-29 | A decade ago the border was open. | A decade ago | 2010 | 2010
2020-09-29 | The fort was built a century ago. | a century ago | 1920 | 1920
2020-09-29 | The convoy left 10 days ago. | 10 days ago | 2020-09-19 | 2020-09-19
2020-09-29 | A year ago the talks began. | A year ago | 2019 | 2019
2020-09-29 | Some 18 months ago the plant closed. | 18 months ago | 2019-03 | 2019-03
2020-09-29 | The siege ended a week ago. | a week ago | 2020-W39 | 2020-09-21/2020-09-27
2020-09-29 | Twenty-five years ago the war ended. | Twenty-five years ago | 1995 | 1995
2020-09-29 | The war began on Sept. 27. Two days later Turkey called for talks. | Sept. 27 | 2020-09-27 | 2020-09-27 | Two days later | 2020-09-29 | 2020-09-29
2020-09-29 | The town fell in 2008. Two years later it was retaken. | 2008 | 2008 | 2008 | Two years later | 2010 | 2010
2020-09-29 | Talks opened on March 3, 2015, a week earlier than planned. | March 3, 2015 | 2015-03-03 | 2015-03-03 | a week earlier | 2015-W09 | 2015-02-23/2015-03-01
2020-09-29 | The raid was on Sept. 27. Three days earlier a drone was seen. | Sept. 27 | 2020-09-27 | 2020-09-27 | Three days earlier | 2020-09-24 | 2020-09-24
2020-09-29 | The deal was signed on March 3, 2015. The day before, talks had nearly failed. | March 3, 2015 | 2015-03-03 | 2015-03-03 | The day before | 2015-03-02 | 2015-03-02
2020-09-29 | Troops entered on Aug. 8, 2008. The next day the city was shelled. | Aug. 8, 2008 | 2008-08-08 | 2008-08-08 | The next day | 2008-08-09 | 2008-08-09
2020-09-29 | Troops entered on Aug. 8, 2008. The following day the city was shelled. | Aug. 8, 2008 | 2008-08-08 | 2008-08-08 | The following day | 2008-08-09 | 2008-08-09
2020-09-29 | The deal was signed on March 3, 2015. That day the guns fell silent. | March 3, 2015 | 2015-03-03 | 2015-03-03 | That day | 2015-03-03 | 2015-03-03
2020-09-29 | The vote was held on May 2, 2014. The same day, riots broke out. | May 2, 2014 | 2014-05-02 | 2014-05-02 | The same day | 2014-05-02 | 2014-05-02
2020-09-29 | The vote was held on May 2, 2014. The previous day, riots broke out. | May 2, 2014 | 2014-05-02 | 2014-05-02 | The previous day | 2014-05-01 | 2014-05-01
2020-09-29 | The offensive began in April 2016. The next month a truce was agreed. | April 2016 | 2016-04 | 2016-04 | The next month | 2016-05 | 2016-05
2020-09-29 | The offensive began in April 2016. The following week a truce was agreed. | April 2016 | 2016-04 | 2016-04 | The following week | 2016-04 | 2016-04
2020-09-29 | The offensive began on April 2, 2016. The following week a truce was agreed. | April 2, 2016 | 2016-04-02 | 2016-04-02 | The following week | 2016-W14 | 2016-04-04/2016-04-10
2020-09-29 | The clashes began in 2016. Later that year a truce was agreed. | 2016 | 2016 | 2016 | Later that year | 2016 | 2016
2020-09-29 | The clashes began on April 2, 2016. Later that year a truce was agreed. | April 2, 2016 | 2016-04-02 | 2016-04-02 | Later that year | 2016 | 2016-04-02/2016-12-31
2020-09-29 | Two days later the envoy left. | Two days later | 2020-10-01 | 2020-10-01
2020-09-29 | The army withdrew in May 2010. Two days later it returned. | May 2010 | 2010-05 | 2010-05 | Two days later | 2010-05 | 2010-05
2020-09-29 | The bridge was bombed 99999 days ago. | 99999 days ago | 1746-12-16 | 1746-12-16
2020-09-29 | The bridge was bombed 999999999 days ago.
2020-09-29 | The fort fell 99999 years ago.
2020-09-29 | The siege lasted 99999999999999999999 days. | 99999999999999999999 days | P18446744073709551615D |
2020-09-29 | The law was passed 30 years ago. | 30 years ago | 1990 | 1990
2020-09-29 | The treaty expires three years from now. | three years from now | 2023 | 2023
2020-09-29 | The base will close two years hence. | two years hence | 2022 | 2022
2020-09-29 | The ceasefire was signed a few days ago. | a few days ago | PAST_REF | ../2020-09-29
2024-02-29 | A year ago the town fell. | A year ago | 2023 | 2023
2021-01-05 | Two weeks ago the army attacked. | Two weeks ago | 2020-W52 | 2020-12-21/2020-12-27
2021-01-05 | Three months ago the truce began. | Three months ago | 2020-10 | 2020-10

## Quarters, halves and seasons
2020-09-29 | Growth slowed in the fourth quarter. | the fourth quarter | 2019-Q4 | 2019-36
2020-09-29 | Growth will recover in the fourth quarter. | the fourth quarter | 2020-Q4 | 2020-36
2020-09-29 | The first half of 2020 was the worst. | The first half of 2020 | 2020-H1 | 2020-40
2020-09-29 | Troops will leave in the second half of the year. | the second half of the year | 2020-H2 | 2020-41
2020-09-29 | Talks are planned in the first quarter of next year. | the first quarter of next year | 2021-Q1 | 2021-33
2020-09-29 | Losses grew in the third quarter of 2019. | the third quarter of 2019 | 2019-Q3 | 2019-35
2020-09-29 | In Q3 2020 exports fell. | Q3 2020 | 2020-Q3 | 2020-35
2020-09-29 | Spending in H1 2020 grew. | H1 2020 | 2020-H1 | 2020-40
2020-09-29 | Sales fell in Q2. | Q2 | 2020-Q2 | 2020-34
2020-09-29 | Sales fell in the 3rd quarter of 2018. | the 3rd quarter of 2018 | 2018-Q3 | 2018-35
2020-09-29 | In the summer of 2019 the talks stalled. | the summer of 2019 | 2019-SU | 2019-22
2020-09-29 | Fighting flared in spring 2016. | spring 2016 | 2016-SP | 2016-21
2020-09-29 | The winter of 2014 was hard on the refugees. | The winter of 2014 | 2014-WI | 2014-24
2020-09-29 | Troops left in autumn 2012. | autumn 2012 | 2012-FA | 2012-23
2020-09-29 | The pass was closed in the summer. | the summer | 2020-SU | 2020-22
2020-09-29 | The talks stalled last summer. | last summer | 2020-SU | 2020-22
2020-09-29 | Refugees fear this winter. | this winter | 2020-WI | 2020-24
2020-09-29 | A new offensive is expected next spring. | next spring | 2021-SP | 2021-21
2020-09-29 | Many died last winter. | last winter | 2019-WI | 2019-24
2020-09-29 | Fuel ran out in winter. | winter | 2019-WI | 2019-24
2021-01-15 | Fuel ran out in winter. | winter | 2020-WI | 2020-24
2021-01-15 | Refugees fear this winter. | this winter | 2020-WI | 2020-24
2020-09-29 | The offensive will resume in the spring. | the spring | 2021-SP | 2021-21
2020-09-29 | The fall of Kabul shocked the region.
2020-09-29 | The Arab Spring began in Tunisia.

## Decades and centuries
2020-09-29 | He served in the 1990s. | 1990s | 199 | 199X
2020-09-29 | Ties were cut in the '90s. | '90s | 199 | 199X
2020-09-29 | Ties were cut in the 90s. | 90s | 199 | 199X
2020-09-29 | The border dates from the 1920s. | 1920s | 192 | 192X
2020-09-29 | It dates back to the 19th century. | the 19th century | 18 | 18XX
2020-09-29 | The town was founded in the twelfth century. | the twelfth century | 11 | 11XX
2020-09-29 | Oil shaped the 21st century. | the 21st century | 20 | 20XX
2020-09-29 | The city grew in the twenty-first century. | the twenty-first century | 20 | 20XX
2020-09-29 | The feud goes back to the nineties. | nineties | 199 | 199X
2020-09-29 | The railway was built in the 1900s. | 1900s | 19 | 19XX
2020-09-29 | Trade boomed in the 2000s. | 2000s | 200 | 200X
2020-09-29 | Trade boomed in the early 2000s. | early 2000s | 200 | 2000/2003
2020-09-29 | The war of the '20s left scars. | '20s | 192 | 192X
2020-09-29 | The dispute goes back to the 2010s. | 2010s | 201 | 201X
2020-09-29 | The region has been unstable since the 1990s. | 1990s | 199 | 199X/..

## Vague references
2020-09-29 | The region is now calm. | now | PRESENT_REF | 2020-09-29~
2020-09-29 | The army currently holds the pass. | currently | PRESENT_REF | 2020-09-29~
2020-09-29 | The group recently changed its leader. | recently | PAST_REF | ../2020-09-29
2020-09-29 | Clashes have grown lately. | lately | PAST_REF | ../2020-09-29
2020-09-29 | Nowadays few people cross the border. | Nowadays | PRESENT_REF | 2020-09-29~
2020-09-29 | At present the road is closed. | At present | PRESENT_REF | 2020-09-29~
2020-09-29 | At the moment the talks are stalled. | At the moment | PRESENT_REF | 2020-09-29~
2020-09-29 | These days the market is empty. | These days | PRESENT_REF | 2020-09-29~
2020-09-29 | In recent years the conflict has spread. | recent years | PAST_REF | ../2020-09-29
2020-09-29 | In recent weeks the shelling has intensified. | recent weeks | PAST_REF | ../2020-09-29
2020-09-29 | Such raids were common in the past. | the past | PAST_REF | ../2020-09-29
2020-09-29 | Talks may resume in the future. | the future | FUTURE_REF | 2020-09-29/..
2020-09-29 | Talks may resume in the near future. | the near future | FUTURE_REF | 2020-09-29/..
2020-09-29 | More troops will arrive in the coming weeks. | the coming weeks | FUTURE_REF | 2020-09-29/..
2020-09-29 | Prices will rise in the coming months. | the coming months | FUTURE_REF | 2020-09-29/..
2020-09-29 | The army faces hard choices in the months ahead. | the months ahead | FUTURE_REF | 2020-09-29/..
2020-09-29 | The ministry said over recent days that the road was open. | recent days | PAST_REF | ../2020-09-29
2020-09-29 | Peace talks have stalled in past years. | past years | PAST_REF | ../2020-09-29
2020-09-29 | The past weeks were the deadliest. | The past weeks | PAST_REF | ../2020-09-29
2020-09-29 | Right now the front is quiet. | now | PRESENT_REF | 2020-09-29~

## Durations
2020-09-29 | The siege lasted for three days. | three days | P3D |
2020-09-29 | The country unveiled a five-year plan. | five-year | P5Y |
2020-09-29 | The ceasefire held for a week. | a week | P1W |
2020-09-29 | Negotiations took several months. | several months | PXM |
2020-09-29 | The road was closed for 48 hours. | 48 hours | PT48H |
2020-09-29 | Troops have fought for two decades. | two decades | P20Y |
2020-09-29 | A 24-hour ceasefire was agreed. | 24-hour | PT24H |
2020-09-29 | A 25-year-old man was killed.
2020-09-29 | The camp has existed for 10 years. | 10 years | P10Y |
2020-09-29 | The talks lasted a few weeks. | a few weeks | PXW |
2020-09-29 | The wall stood for nearly a century. | nearly a century | P100Y |
2020-09-29 | Rebels held the town for a couple of weeks. | a couple of weeks | P2W |
2020-09-29 | Over the past three years 300 people died. | the past three years | P3Y | 2017/2019
2020-09-29 | In the last two weeks the army advanced. | the last two weeks | P2W | 2020-09-14/2020-09-27
2020-09-29 | Aid will arrive in the next three days. | the next three days | P3D | 2020-09-30/2020-10-02
2020-09-29 | Prices fell over the past 10 days. | the past 10 days | P10D | 2020-09-19/2020-09-28
2020-09-29 | The past two months were calm. | The past two months | P2M | 2020-07/2020-08
2020-09-29 | The next two quarters will be hard. | The next two quarters | P2Q | 2020-36/2021-33
2020-09-29 | Few attacks happened in the past few days. | the past few days | PXD |
2020-09-29 | It was the first visit in years. | years | PXY |
2020-09-29 | The envoy stayed for six weeks. | six weeks | P6W |
2020-09-29 | He spent eleven months in prison. | eleven months | P11M |
2020-09-29 | The blockade has lasted for one hundred days. | one hundred days | P100D |
2020-09-29 | A 30-day truce was declared. | 30-day | P30D |

## Sets
2020-09-29 | Monitors patrol the line every Monday. | every Monday | XXXX-WXX-1 |
2020-09-29 | The council meets every week. | every week | P1W |
2020-09-29 | The report is published each year. | each year | P1Y |
2020-09-29 | Border posts are shelled daily. | daily | P1D |
2020-09-29 | The committee meets weekly. | weekly | P1W |
2020-09-29 | Fees are paid annually. | annually | P1Y |
2020-09-29 | Convoys leave every day. | every day | P1D |
2020-09-29 | Salaries are paid monthly. | monthly | P1M |
2020-09-29 | China Daily reported the attack on Friday. | Friday | 2020-09-25 | 2020-09-25

## Since, until, from ... to, between ... and
2020-09-29 | The UN has been present since 1994. | 1994 | 1994 | 1994/..
2020-09-29 | The UN has been present since March 2015. | March 2015 | 2015-03 | 2015-03/..
2020-09-29 | The sanctions stay in place until 2025. | 2025 | 2025 | ../2025
2020-09-29 | The ban lasts through 2021. | 2021 | 2021 | ../2021
2020-09-29 | Sanctions apply from 2015 onwards. | 2015 | 2015 | 2015/..
2020-09-29 | From 2010 to 2012 he led the party. | 2010 | 2010 | 2010/2012 | 2012 | 2012 | 2012
2020-09-29 | Between 1992 and 1994 the war raged. | 1992 | 1992 | 1992/1994 | 1994 | 1994 | 1994
2020-09-29 | The 1992-94 war displaced thousands. | 1992-94 | 1992/1994 | 1992/1994
2020-09-29 | Casualties in 1992-1994 were high. | 1992-1994 | 1992/1994 | 1992/1994
2020-09-29 | Since last week the road has been closed. | last week | 2020-W39 | 2020-09-21/..
2020-09-29 | The curfew holds until next week. | next week | 2020-W41 | ../2020-10-11
2020-09-29 | Shelling has continued since Sunday. | Sunday | 2020-09-27 | 2020-09-27/..
2020-09-29 | The road stays shut until Friday. | Friday | 2020-09-25 | ../2020-09-25
2020-09-29 | The road will stay shut until Friday. | Friday | 2020-10-02 | ../2020-10-02
2020-09-29 | Fighting raged from Monday to Wednesday. | Monday | 2020-09-28 | 2020-09-28/2020-09-30 | Wednesday | 2020-09-30 | 2020-09-30
2020-09-29 | Fighting raged from Sunday until Tuesday. | Sunday | 2020-09-27 | 2020-09-27/2020-09-29 | Tuesday | 2020-09-29 | 2020-09-29
2020-09-29 | The mission ran from May 2014 to June 2016. | May 2014 | 2014-05 | 2014-05/2016-06 | June 2016 | 2016-06 | 2016-06
2020-09-29 | From September 2019 to March the border was shut. | September 2019 | 2019-09 | 2019-09/2020-03 | March | 2020-03 | 2020-03
2020-09-29 | Between 2015 and 2019, 4,000 people were killed. | 2015 | 2015 | 2015/2019 | 2019 | 2019 | 2019
2020-09-29 | Prices have risen since the start of the year. | the start of the year | 2020 | 2020-01/..
2020-09-29 | The plan runs until the end of 2021. | the end of 2021 | 2021 | ../2021-12
2020-09-29 | Since yesterday the road has been open. | yesterday | 2020-09-28 | 2020-09-28/..
2020-09-29 | The army has held the pass since the summer of 2018. | the summer of 2018 | 2018-SU | 2018-22/..

## Year boundary
2021-01-05 | In December the army withdrew. | December | 2020-12 | 2020-12
2021-01-05 | Prices rose last month. | last month | 2020-12 | 2020-12
2021-01-05 | The war ended last year. | last year | 2020 | 2020
2021-01-05 | Talks resumed this week. | this week | 2021-W01 | 2021-01-04/2021-01-10
2021-01-05 | Talks stalled last week. | last week | 2020-W53 | 2020-12-28/2021-01-03
2021-01-05 | The truce began on Dec. 31. | Dec. 31 | 2020-12-31 | 2020-12-31
2021-01-05 | The truce began on January 2. | January 2 | 2021-01-02 | 2021-01-02
2021-01-05 | A vote was held on Jan. 7. | Jan. 7 | 2020-01-07 | 2020-01-07
2021-01-05 | A vote will be held on Jan. 7. | Jan. 7 | 2021-01-07 | 2021-01-07
2021-01-05 | In January the rebels advanced. | January | 2021-01 | 2021-01
2021-01-05 | In late December the rebels advanced. | late December | 2020-12 | 2020-12-21/2020-12-31
2021-01-05 | The ceasefire has held since November. | November | 2020-11 | 2020-11/..
2021-01-05 | From December to February the pass is closed. | December | 2020-12 | 2020-12/2021-02 | February | 2021-02 | 2021-02
2021-01-05 | The last quarter was the worst. | The last quarter | 2020-Q4 | 2020-36
2021-01-05 | Output fell in the fourth quarter. | the fourth quarter | 2020-Q4 | 2020-36
2021-01-05 | Aid arrived on Christmas Eve, Dec. 24. | Christmas Eve | 2020-12-24 | 2020-12-24 | Dec. 24 | 2020-12-24 | 2020-12-24
2021-01-05 | The rebels struck on New Year's Day, January 1. | New Year's Day | 2021-01-01 | 2021-01-01 | January 1 | 2021-01-01 | 2021-01-01
2021-01-05 | The talks opened on Monday, Dec. 28. | Monday, Dec. 28 | 2020-12-28 | 2020-12-28
2021-01-01 | Talks resumed this week. | this week | 2020-W53 | 2020-12-28/2021-01-03
2021-01-01 | Talks resume next week. | next week | 2021-W01 | 2021-01-04/2021-01-10
2021-01-04 | Talks stalled last week. | last week | 2020-W53 | 2020-12-28/2021-01-03
2015-12-31 | The attack came this week. | this week | 2015-W53 | 2015-12-28/2016-01-03
2015-12-31 | Talks resume next week. | next week | 2016-W01 | 2016-01-04/2016-01-10
2019-12-30 | The attack came this week. | this week | 2020-W01 | 2019-12-30/2020-01-05
2019-12-30 | The attack came last week. | last week | 2019-W52 | 2019-12-23/2019-12-29
2026-12-31 | The attack came this week. | this week | 2026-W53 | 2026-12-28/2027-01-03
2021-01-05 | Two weeks ago the army attacked. | Two weeks ago | 2020-W52 | 2020-12-21/2020-12-27
2020-01-02 | The war ended last decade. | last decade | 201 | 201X
2021-01-05 | Earlier this year the border reopened. | Earlier this year | 2021 | 2021-01-01/2021-01-05

## Leap days
2024-03-01 | The strike came on Feb. 29. | Feb. 29 | 2024-02-29 | 2024-02-29
2023-06-01 | The strike came on February 29. | February 29 | 2020-02-29 | 2020-02-29
2020-09-29 | The accord of 29 February 2024 is signed. | 29 February 2024 | 2024-02-29 | 2024-02-29
2020-09-29 | The accord of 29 February 2023 is a forgery.
2016-02-29 | Yesterday the army withdrew. | Yesterday | 2016-02-28 | 2016-02-28
2016-02-29 | Prices rose this month. | this month | 2016-02 | 2016-02
2016-02-29 | Four years ago the town fell. | Four years ago | 2012 | 2012
2024-02-29 | A week ago the town fell. | A week ago | 2024-W08 | 2024-02-19/2024-02-25
2020-09-29 | The raid on 2020-02-29 was filmed. | 2020-02-29 | 2020-02-29 | 2020-02-29
2020-09-29 | The raid on 2019-02-29 never happened.

## Two or more expressions in a sentence
2020-09-29 | Russia on Tuesday urged Turkey to stop, a day after fighting erupted on Sunday. | Tuesday | 2020-09-29 | 2020-09-29 | Sunday | 2020-09-27 | 2020-09-27
2020-09-29 | The war, which began in 1991, flared again in 2016 and this year. | 1991 | 1991 | 1991 | 2016 | 2016 | 2016 | this year | 2020 | 2020
2020-09-29 | Talks held last week failed; new talks are set for next month. | last week | 2020-W39 | 2020-09-21/2020-09-27 | next month | 2020-10 | 2020-10
2020-09-29 | The army said on Monday that three days earlier a drone had crashed. | Monday | 2020-09-28 | 2020-09-28 | three days earlier | 2020-09-25 | 2020-09-25
2020-09-29 | Since July 12, 16 soldiers have died; two died yesterday. | July 12 | 2020-07-12 | 2020-07-12/.. | yesterday | 2020-09-28 | 2020-09-28
2020-09-29 | The ministry said in August 2019 and again in January that talks were possible. | August 2019 | 2019-08 | 2019-08 | January | 2020-01 | 2020-01
2020-09-29 | A truce agreed in July lasted two weeks. | July | 2020-07 | 2020-07 | two weeks | P2W |
2020-09-29 | On Sunday and Monday the shelling killed 30 people. | Sunday | 2020-09-27 | 2020-09-27 | Monday | 2020-09-28 | 2020-09-28
2020-09-29 | The 2016 clashes lasted four days; the 2020 war is now in its third day. | 2016 | 2016 | 2016 | four days | P4D | | 2020 | 2020 | 2020 | now | PRESENT_REF | 2020-09-29~
2020-09-29 | Between 2008 and 2012 and again since 2016 the region has been tense. | 2008 | 2008 | 2008/2012 | 2012 | 2012 | 2012 | 2016 | 2016 | 2016/..
2020-09-29 | He was born in 1960 and died last month. | 1960 | 1960 | 1960 | last month | 2020-08 | 2020-08
2020-09-29 | The deal signed on Sept. 10 will take effect on Oct. 1. | Sept. 10 | 2020-09-10 | 2020-09-10 | Oct. 1 | 2020-10-01 | 2020-10-01
2020-09-29 | On Friday, the envoy will visit Baku. | Friday | 2020-10-02 | 2020-10-02
2020-09-29 | Talks ended on Monday. They will resume on Friday. | Monday | 2020-09-28 | 2020-09-28 | Friday | 2020-10-02 | 2020-10-02
2020-09-29 | The rebels took the town on Aug. 5, 2019. A month later they lost it. | Aug. 5, 2019 | 2019-08-05 | 2019-08-05 | A month later | 2019-09 | 2019-09
2020-09-29 | In the 1990s and early 2000s the border was open. | 1990s | 199 | 199X | early 2000s | 200 | 2000/2003
2020-09-29 | Yesterday and today the envoy met both sides. | Yesterday | 2020-09-28 | 2020-09-28 | today | 2020-09-29 | 2020-09-29
2020-09-29 | The summit in Sochi on Oct. 22, 2019 followed talks in Ankara on Oct. 17, 2019. | Oct. 22, 2019 | 2019-10-22 | 2019-10-22 | Oct. 17, 2019 | 2019-10-17 | 2019-10-17
2020-09-29 | The curfew, imposed on Sunday, will be lifted next week. | Sunday | 2020-09-27 | 2020-09-27 | next week | 2020-W41 | 2020-10-05/2020-10-11

## Holidays
2020-09-29 | Fighting paused on Christmas Day 2019. | Christmas Day 2019 | 2019-12-25 | 2019-12-25
2020-09-29 | The leaders will meet before Christmas. | Christmas | 2020-12-25 | 2020-12-25
2020-09-29 | A truce held over Christmas. | Christmas | 2019-12-25 | 2019-12-25
2022-09-13 | A truce was declared for Orthodox Easter. | Orthodox Easter | 2022-04-24 | 2022-04-24
2020-09-29 | The attack came on Good Friday 2019. | Good Friday 2019 | 2019-04-19 | 2019-04-19
2020-09-29 | Talks resumed after Easter Monday. | Easter Monday | 2020-04-13 | 2020-04-13
2020-09-29 | Shops closed on New Year's Day. | New Year's Day | 2020-01-01 | 2020-01-01
2021-01-05 | Fireworks were banned on New Year's Eve. | New Year's Eve | 2020-12-31 | 2020-12-31
2020-09-29 | Last Christmas the border was closed. | Last Christmas | 2019-12-25 | 2019-12-25
2020-09-29 | Chinese New Year celebrations were cancelled.
2020-09-29 | It was a good Friday for the markets. | Friday | 2020-09-25 | 2020-09-25

## Cue scope and pinned years
2020-09-29 | On Sunday, the curfew will be lifted. | Sunday | 2020-10-04 | 2020-10-04
2020-09-29 | Officials will discuss the attack of Sunday. | Sunday | 2020-10-04 | 2020-10-04
2020-09-29 | The summit opens Sept. 30. | Sept. 30 | 2020-09-30 | 2020-09-30
2020-09-29 | Candidates face a Nov. 3 deadline. | Nov. 3 | 2020-11-03 | 2020-11-03
2020-09-29 | Its March 4 report cites ten cases. | March 4 | 2020-03-04 | 2020-03-04
2020-09-29 | In November, a week after the vote in the north, a bomb killed two guards. | November | 2019-11 | 2019-11
2020-09-29 | The mission planned to leave Kabul on Thursday. | Thursday | 2020-10-01 | 2020-10-01
2020-09-29 | Rebels planned a rally in the capital on Saturday. | Saturday | 2020-10-03 | 2020-10-03
2020-09-29 | On Friday, the ministry planned to pay the first claims. | Friday | 2020-09-25 | 2020-09-25
2020-09-29 | A vigil planned for Saturday was cancelled. | Saturday | 2020-09-26 | 2020-09-26
2020-09-29 | The judge said the boy must be returned, and set Friday as the deadline. | Friday | 2020-09-25 | 2020-09-25
2020-09-29 | The agency has given the family until 9 a.m. Wednesday to reply. | 9 a.m. Wednesday | 2020-09-30T09:00 | 2020-09-30
2020-09-29 | The hearing was adjourned until Thursday. | Thursday | 2020-10-01 | ../2020-10-01
2020-09-29 | Troops held the bridge until Sunday. | Sunday | 2020-09-27 | ../2020-09-27
2020-09-29 | The envoy could arrive as early as Thursday. | Thursday | 2020-10-01 | 2020-10-01
2020-02-10 | The alliance has decided to admit the two states in early March. | early March | 2020-03 | 2020-03-01/2020-03-10
2020-02-10 | The alliance admitted the two states in early March. | early March | 2019-03 | 2019-03-01/2019-03-10
2020-09-29 | Foreign ministers Anna Lind and Jan Eliasson signed it.
2020-09-29 | Students joined this march on the capital.
2020-09-29 | The talks began on Sept. 20 and resumed the next morning. | Sept. 20 | 2020-09-20 | 2020-09-20 | the next morning | 2020-09-21TMO | 2020-09-21
2020-09-29 | Envoys met on Sept. 20 and left the previous night's venue. | Sept. 20 | 2020-09-20 | 2020-09-20 | the previous night | 2020-09-19TNI | 2020-09-19
2020-10-20 | Polls before Election Day show a close race. | Election Day | 2020-11-03 | 2020-11-03
2020-11-10 | Voters queued in the rain on Election Day. | Election Day | 2020-11-03 | 2020-11-03
2020-12-20 | Shops in the capital brace for Christmas. | Christmas | 2020-12-25 | 2020-12-25
2020-10-05 | The minister gave no reason for the Oct. 12 deadline. | Oct. 12 | 2020-10-12 | 2020-10-12
2020-10-05 | The court cited the Sept. 28 ruling. | Sept. 28 | 2020-09-28 | 2020-09-28
2020-10-05 | The court ruled on Oct. 12. | Oct. 12 | 2019-10-12 | 2019-10-12
2020-09-29 | The day before last Friday's vote, the envoy left. | The day before last Friday | 2020-09-24 | 2020-09-24
2020-09-29 | Shops reopened the day after Christmas 2019. | the day after Christmas 2019 | 2019-12-26 | 2019-12-26
2020-09-29 | The envoy's December visit is now in doubt. | December | 2020-12 | 2020-12 | now | PRESENT_REF | 2020-09-29~
2020-09-29 | The market opens Sat., Oct. 3, at noon. | Sat., Oct. 3 | 2020-10-03 | 2020-10-03 | noon | 2020-10-03T12:00 | 2020-10-03
2020-09-29 | The rebels want a deal in a week. | a week | P1W |
2020-09-29 | He ruled out a deal within two years. | two years | P2Y |
2020-09-29 | The army attacked on Monday morning. | Monday morning | 2020-09-28TMO | 2020-09-28

## Times of day, parts of day, TimeML extents and the tense of the sentence
2020-09-29 | The deadline is 9 a.m. Tuesday. | 9 a.m. Tuesday | 2020-09-29T09:00 | 2020-09-29
2020-09-29 | Shelling resumed at 4 in the morning. | 4 in the morning | 2020-09-29T04:00 | 2020-09-29
2020-09-29 | Envoys met Sunday night and again at 10:35 a.m. | Sunday night | 2020-09-27TNI | 2020-09-27 | 10:35 a.m. | 2020-09-27T10:35 | 2020-09-27
2020-09-29 | Crowds gathered this evening in the square. | this evening | 2020-09-29TEV | 2020-09-29
2020-09-29 | The talks lasted 5 1/2 hours. | 5 1/2 hours | PT5H30M |
2020-09-29 | Officials met for over an hour. | over an hour | PT1H |
2020-09-29 | The siege will last two more weeks. | two more weeks | P2W |
2020-09-29 | A day-long strike shut the port. | day-long | P1D |
2020-09-29 | The guns fell silent almost four years ago. | almost four years ago | 2016 | 2016
2020-09-29 | The paper said in an editorial on Monday, Sept. 28: talks must resume. | Monday, Sept. 28 | 2020-09-28 | 2020-09-28
2000-01-10 | The hearing is on Jan. 24. | Jan. 24 | 2000-01-24 | 2000-01-24
2000-01-10 | Congress reconvenes Jan. 24. | Jan. 24 | 2000-01-24 | 2000-01-24
2000-01-07 | Cuba predicted Wednesday that the exiles will act. | Wednesday | 2000-01-05 | 2000-01-05
2000-01-07 | Exiles will now act on the ruling, Cuba predicted Wednesday. | now | PRESENT_REF | 2000-01-07~ | Wednesday | 2000-01-05 | 2000-01-05
2020-09-29 | The summit will be held on Oct. 11. | Oct. 11 | 2020-10-11 | 2020-10-11
2020-09-29 | The current crisis began in the past. | current | PRESENT_REF | 2020-09-29~ | the past | PAST_REF | ../2020-09-29

## Prepositions before possessive dates ("around Monday's ruling")
2020-09-29 | Lawyers sought a way around Monday's ruling by the court. | Monday | 2020-09-28 | 2020-09-28
2020-09-29 | The envoy spoke about Friday's vote in the assembly. | Friday | 2020-09-25 | 2020-09-25
2020-09-29 | The envoy will arrive around Friday, aides said. | around Friday | 2020-10-02 | 2020-10-02~

## "May" and "March" between "the" and a noun
2020-09-29 | The May elections were postponed. | May | 2020-05 | 2020-05
2020-09-29 | The March against hunger drew thousands.

## Prefixed years ("post-1959")
2020-09-29 | The post-2014 order in the region is fragile. | post-2014 | 2014 | 2014
2020-09-29 | The pre-1990s borders were restored. | pre-1990s | 199 | 199X

## Two days of one month joined by "and" or "or"
2020-09-29 | The talks were held on Aug. 27 and 28 in Geneva. | Aug. 27 | 2020-08-27 | 2020-08-27 | 28 | 2020-08-28 | 2020-08-28
2020-09-29 | Voting took place on March 3 or 4, 2019, officials said. | March 3 | 2019-03-03 | 2019-03-03 | 4, 2019 | 2019-03-04 | 2019-03-04
2020-09-29 | On March 3 and 12 soldiers were killed. | March 3 | 2020-03-03 | 2020-03-03
2020-09-29 | Shelling began on July 6 and 7 a.m. was the worst hour. | July 6 | 2020-07-06 | 2020-07-06 | 7 a.m. | 2020-07-06T07:00 | 2020-07-06

## Decades and centuries as durations are written in years; "over the past decade" is a stretch
2020-09-29 | It was a decades-long feud. | decades-long | PXY |
2020-09-29 | The dynasty ruled for centuries. | centuries | PXY |
2020-09-29 | Violence has grown over the past decade. | the past decade | P10Y | 2010/2019
2020-09-29 | The envoy has stayed in Baku for the last week. | the last week | P1W | 2020-09-21/2020-09-27
2020-09-29 | Prices rose during the past year. | the past year | P1Y | 2019
2020-09-29 | The war ended last decade. | last decade | 201 | 201X
2020-09-29 | The talks failed last week. | last week | 2020-W39 | 2020-09-21/2020-09-27

## Put off until a day; a part of the day after a signal
2020-09-29 | The vote was postponed until Monday. | Monday | 2020-10-05 | ../2020-10-05
2020-09-29 | The court has adjourned the trial till Oct. 2. | Oct. 2 | 2020-10-02 | ../2020-10-02
2020-09-29 | Officials delayed the handover until Wednesday morning. | Wednesday morning | 2020-09-30TMO | 2020-09-30
2020-09-29 | Troops held the bridge until Sunday night. | Sunday night | 2020-09-27TNI | 2020-09-27
2020-09-29 | The curfew has held since Saturday evening. | Saturday evening | 2020-09-26TEV | 2020-09-26

## Text that is not a date
2020-09-29 | The rate was 3.2000 percent.
2020-09-29 | Resolution 2254 was adopted unanimously.
2020-09-29 | He may attack the town.
2020-09-29 | The march on the capital was peaceful.
2020-09-29 | Some 2000 soldiers were deployed to the area.
2020-09-29 | About 1,500 people fled the fighting.
2020-09-29 | There is no political will to negotiate.
2020-09-29 | Theresa May spoke to reporters.
2020-09-29 | A 10-year-old girl was injured.
2020-09-29 | He scored 3.5 points in the poll.
2020-09-29 | The Sun reported the attack.
2020-09-29 | He sat down with the envoy.
2020-09-29 | Rebels fired 2020 shells at the base.
2020-09-29 | The brigade lost 1,200 men and 300 tanks.
2020-09-29 | Dec. is not a word here but a name.
2020-09-29 | Troops march into the valley.
2020-09-29 | He scored 20% in the 2000m race.
2020-09-29 | Unit 1944 was disbanded.
2020-09-29 | Wed couples fled the town.
2020-09-29 | The first time in the region.
2020-09-29 | The second round was close.
2020-09-29 | The late president was buried.
2020-09-29 | The spring offensive of the Taliban was announced. | The spring | 2020-SP | 2020-21
2020-09-29 | Route 66 was closed.
2020-09-29 | The report said 30 soldiers were killed.
"#;

struct Case<'a> {
    line: usize,
    anchor: NaiveDate,
    text: &'a str,
    want: Vec<(String, String, String)>,
}

fn cases() -> Vec<Case<'static>> {
    let mut out = Vec::new();
    for (n, raw) in CASES.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('|').map(str::trim).collect();
        assert!(
            fields.len() >= 2 && (fields.len() - 2).is_multiple_of(3),
            "case line {n}: expected anchor | text | (span | value | edtf)*: {line}"
        );
        let anchor = NaiveDate::parse_from_str(fields[0], "%Y-%m-%d")
            .unwrap_or_else(|e| panic!("case line {n}: bad anchor: {e}"));
        let want = fields[2..]
            .chunks(3)
            .map(|c| (c[0].to_string(), c[1].to_string(), c[2].to_string()))
            .collect();
        out.push(Case {
            line: n,
            anchor,
            text: fields[1],
            want,
        });
    }
    out
}

#[test]
fn news_cases() {
    let cases = cases();
    assert!(cases.len() >= 300, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for c in &cases {
        let got: Vec<(String, String, String)> = tag(c.text, c.anchor, false)
            .into_iter()
            .map(|t| {
                (
                    c.text[t.bytes.clone()].to_string(),
                    t.value,
                    t.span.map(|s| s.to_string()).unwrap_or_default(),
                )
            })
            .collect();
        if got != c.want {
            failures.push(format!(
                "line {} [{}] {}\n    want {:?}\n    got  {:?}",
                c.line, c.anchor, c.text, c.want, got
            ));
        }
    }
    println!("{} cases, {} failed", cases.len(), failures.len());
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
