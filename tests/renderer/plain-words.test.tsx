import './support/setup-dom';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VoiceButton } from '../../renderer/rehearse/voice-button';
import { AboutData } from '../../renderer/settings/about-data';
import { WithData } from './support/with-data';
import { mockApi } from './support/mock-api';
import { vi } from 'vitest';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

const DEVELOPER_WORDS = /Flite|No system voice|offline voice|Schema|\brows\b|WebAssembly/i;

describe('words for people, not for developers', () => {
  it('offers to play their line without naming the voice engine or saying there is no system voice', () => {
    render(<VoiceButton text="Hello, Marcus speaking." beep={false} />);
    expect(screen.getByRole('button', { name: 'Hear their line' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
    expect(document.body.textContent).not.toMatch(DEVELOPER_WORDS);
  });

  it('says where the data lives without a schema version', async () => {
    mockApi({
      'app:info': () => ({ version: '0.1.0', mode: 'browser', dataDir: '/d', databaseFile: '/d/f', schemaVersion: 4 }),
    });
    render(
      <WithData>
        <AboutData />
      </WithData>,
    );
    await screen.findByText('/d/f');
    expect(screen.getByText('App version')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(DEVELOPER_WORDS);
  });
});
