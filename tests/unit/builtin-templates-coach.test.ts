import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../core/coach/analyze';
import { fillPlaceholders, placeholderValues } from '../../core/placeholders';
import { findAppRoot } from '../../main/paths';
import { loadTemplateLibrary } from '../../main/templates-loader';

const library = loadTemplateLibrary(path.join(findAppRoot(), 'templates'));
const contact = {
  name: 'Morgan Ellis',
  jobTitle: 'Head of Data',
  company: 'Northwind Co',
  position: 'Senior Data Analyst',
  interviewDate: '2026-11-10',
  highlight: 'the walk through your forecasting dashboards',
};
const values = placeholderValues(contact, { myName: 'Jordan Blake', myPhone: '(555) 014-2368', myEmail: '' });

describe('every built-in template, filled in, satisfies the coach', () => {
  it.each(library.templates.map((template) => [template.id, template] as const))('%s', (_id, template) => {
    const report = analyzeDraft({
      channel: template.channel,
      subject: fillPlaceholders(template.subject, values),
      body: fillPlaceholders(template.body, values),
      contact: { name: contact.name, company: contact.company, highlight: contact.highlight },
      wordsPerMinute: 150,
    });
    expect(report.parts.gratitude.found).toBe(true);
    expect(report.parts.sincerity.found).toBe(true);
    expect(report.parts.connection.found).toBe(true);
    expect(report.toneFlags).toEqual([]);
    expect(report.length.verdict).toBe('ok');
    expect(report.placeholders).toEqual([]);
    expect(report.personalisation).toMatchObject({
      name: true,
      company: true,
      detail: template.body.includes('{{interview.highlight}}'),
    });
  });
});
