# Dates, times and durations, as src/i18n/fmt.rs puts them together.
# Times are on 24 hours. Variables: $weekday and $month are names from this file,
# $day, $year, $days, $hour and $n are numbers, $minute is two digits ("05").

weekday-short-mon = Mon
weekday-short-tue = Tue
weekday-short-wed = Wed
weekday-short-thu = Thu
weekday-short-fri = Fri
weekday-short-sat = Sat
weekday-short-sun = Sun

weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday

month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# "Fri 4 Dec"
date-short = { $weekday } { $day } { $month }
# "Fri 4 Dec 2027", a date in another year than today's
date-short-year = { $weekday } { $day } { $month } { $year }
# "Friday 4 December 2026"
date-long = { $weekday } { $day } { $month } { $year }

# "4 May 1970", "4 May": a birthday, a day without its weekday
date-day-month-year = { $day } { $month } { $year }
date-day-month = { $day } { $month }

date-today = today
date-tomorrow = tomorrow
date-yesterday = yesterday
date-in-days = in { $days } { $days ->
    [one] day
   *[other] days
}
date-days-ago = { $days } { $days ->
    [one] day
   *[other] days
} ago
date-days-late = { $days } { $days ->
    [one] day
   *[other] days
} late
date-days = { $days } { $days ->
    [one] day
   *[other] days
}

# "17:30"
time = { $hour }:{ $minute }
# "17:00"
time-on-the-hour = { $hour }:00

period-days = { $n } { $n ->
    [one] day
   *[other] days
}
period-weeks = { $n } { $n ->
    [one] week
   *[other] weeks
}
period-months = { $n } { $n ->
    [one] month
   *[other] months
}
period-years = { $n } { $n ->
    [one] year
   *[other] years
}

every-days = { $n ->
    [1] every day
   *[other] every { $n } days
}
every-weeks = { $n ->
    [1] every week
   *[other] every { $n } weeks
}
every-months = { $n ->
    [1] every month
   *[other] every { $n } months
}
every-years = { $n ->
    [1] every year
   *[other] every { $n } years
}
