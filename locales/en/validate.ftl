# Values refused as typed or read from a file (src/model/validate.rs and the parsing of
# dates and periods in src/model/dates.rs).

validate-email = invalid email address '{ $value }'
validate-email-hint = an email looks like name@example.org; prefix a label with 'work=name@example.org'
validate-phone = invalid phone number '{ $value }'
validate-phone-hint = a phone number has digits, spaces and + - . ( ) /, e.g. '+33 6 12 34 56 78' or 'mobile=514-555-0199'
validate-url = invalid link '{ $value }'
validate-url-hint = a link looks like https://example.org/page or example.org; prefix a label with 'site=https://…'
validate-empty-name = invalid name '{ $value }': a name cannot be empty
validate-empty-name-hint = give the person's name, e.g. carnet add "Frédéric Duval"
# $field is one of the validate-field- messages, $reason one of the validate-reason- ones.
validate-field = invalid { $field } '{ $value }': { $reason }

validate-field-name = name
validate-field-company = company
validate-field-title = title
validate-field-city = city
validate-field-note = note
validate-field-how-met = how met
validate-field-venue = venue
validate-field-organizer = organizer
validate-field-address = address
validate-field-tag = tag
validate-field-role = role
validate-field-project-name = project name
validate-field-follow-up = follow-up

validate-reason-too-long = longer than 100 KiB
validate-reason-control = control characters are not allowed
validate-reason-name-too-long = longer than 500 characters
validate-reason-empty-tag = a tag cannot be empty
validate-reason-empty-role = a role cannot be empty

