# The one-line person form (src/model/person_line.rs, src/view/person_line.rs): what was
# understood of a line, field by field, and why a line could not be read.

# The form, for the help of `carnet log`.
line-form = Name, company, title, email, phone, website (in any order after the name), #tag, via WHO introduced them

# Each field understood, shown after the name and joined by " · ".
line-company = company: { $value }
line-title = title: { $value }
line-email = email: { $value }
line-phone = phone: { $value }
line-link = website: { $value }
line-tags = tags: { $value }
line-introduced-by = introduced by: { $value }

# What a value looks like, in line-name-is-a-value.
line-kind-email = an email address
line-kind-phone = a phone number
line-kind-link = a web address

line-empty = The line is empty: type the person's name first, then what you know, comma-separated.
line-no-name = The line does not start with a name: type the person's name first, then what you know, comma-separated.
line-name-is-a-value = '{ $value }' looks like { $kind }, not a name: the line starts with the person's name.
line-two-people = '{ $name }' looks like two people: enter one person at a time (put a name in "quotes" to keep it whole).
line-email-with-space = '{ $value }' looks like an email address with a space in it: an email has no space.
line-no-introducer = '{ $part }' says nobody: write who introduced them after it, e.g. via Michel, or leave it out.
line-two-introducers = Two people introduced them, '{ $first }' and '{ $second }': keep one.
line-tag-is-a-number = '{ $tag }' is not a tag: a tag needs a letter (to name who introduced them by id, write via { $tag }).
line-unclosed-quote = A double quote is opened and not closed.
