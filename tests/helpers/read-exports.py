"""Reads Someday's exports with independent parsers from Debian (python3-vobject, python3-icalendar,
Python's csv and email modules) and prints what they found as JSON, for tests/unit/export-interop.test.ts.
Usage: /usr/bin/python3 read-exports.py KIND FILE  (KIND: vcf, ics, csv, eml)."""
import csv
import email
import email.policy
import json
import sys

kind, path = sys.argv[1], sys.argv[2]
raw = open(path, 'rb').read()
lines = raw.split(b'\r\n')
out = {'longest_line_octets': max(len(line) for line in lines), 'bare_lf': b'\n' in raw.replace(b'\r\n', b'')}

if kind == 'vcf':
    import vobject
    cards = []
    for card in vobject.readComponents(raw.decode('utf-8'), validate=True):
        entry = {}
        for name in ('fn', 'title', 'email', 'tel', 'url', 'note', 'uid', 'version'):
            if name in card.contents:
                entry[name] = card.contents[name][0].value
        if 'org' in card.contents:
            entry['org'] = card.contents['org'][0].value
        if 'n' in card.contents:
            n = card.contents['n'][0].value
            entry['n'] = [n.family, n.given, n.additional, n.prefix, n.suffix]
        entry['x'] = {key: card.contents[key][0].value for key in card.contents if key.startswith('x-someday')}
        cards.append(entry)
    out['cards'] = cards
elif kind == 'ics':
    import icalendar
    calendar = icalendar.Calendar.from_ical(raw)
    out['events'] = [
        {
            'uid': str(event['UID']),
            'summary': str(event['SUMMARY']),
            'description': str(event['DESCRIPTION']),
            'start': event.decoded('DTSTART').isoformat(),
        }
        for event in calendar.walk('VEVENT')
    ]
    out['version'] = str(calendar['VERSION'])
elif kind == 'csv':
    text = raw.decode('utf-8-sig')
    out['rows'] = list(csv.reader(text.splitlines(True)))
elif kind == 'eml':
    message = email.message_from_bytes(raw, policy=email.policy.default)
    def mailboxes(header):
        value = message[header]
        return [] if value is None else [[a.display_name, a.addr_spec] for a in value.addresses]
    out['to'] = mailboxes('To')
    out['from'] = mailboxes('From')
    out['subject'] = str(message['Subject'])
    out['body'] = message.get_content()
    out['defects'] = [type(d).__name__ for d in message.defects] + [
        type(d).__name__ for h in ('To', 'From', 'Subject') if message[h] is not None for d in message[h].defects
    ]
print(json.dumps(out, ensure_ascii=False))
