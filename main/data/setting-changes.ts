/**
 * The settings an import (or a restore) would change that decide what Someday deletes by itself:
 * how many daily backups are kept, and how long rehearsal recordings are kept. The import preview
 * names them, so a file from another computer cannot quietly shorten either.
 */
import type { SettingChange } from '../../core/data';
import type { RecordingRetention, Settings } from '../../core/settings';

function describeRetention(retention: RecordingRetention): string {
  if (retention.mode === 'keep') return 'kept until you delete them';
  if (retention.mode === 'never') return 'not kept';
  return `kept for ${retention.days} day${retention.days === 1 ? '' : 's'}`;
}

/** How many days a recording is kept; Infinity for "keep", 0 for "never". */
function retentionDays(retention: RecordingRetention): number {
  if (retention.mode === 'keep') return Number.POSITIVE_INFINITY;
  return retention.mode === 'never' ? 0 : retention.days;
}

export function compareSettings(current: Settings, incoming: Settings): SettingChange[] {
  const changes: SettingChange[] = [];
  if (current.backupsToKeep !== incoming.backupsToKeep) {
    const fewer = incoming.backupsToKeep < current.backupsToKeep;
    changes.push({
      key: 'backupsToKeep',
      label: 'Daily backups to keep',
      now: String(current.backupsToKeep),
      incoming: String(incoming.backupsToKeep),
      effect: fewer
        ? `At the next daily backup, only the newest ${incoming.backupsToKeep} daily backup${incoming.backupsToKeep === 1 ? ' is' : 's are'} kept and older daily backups are removed. The backup made before this import is kept.`
        : `Someday will keep up to ${incoming.backupsToKeep} daily backups.`,
    });
  }
  const before = current.recordingRetention;
  const after = incoming.recordingRetention;
  if (before.mode !== after.mode || (after.mode === 'days' && before.days !== after.days)) {
    const shorter = retentionDays(after) < retentionDays(before);
    changes.push({
      key: 'recordingRetention',
      label: 'Rehearsal recordings',
      now: describeRetention(before),
      incoming: describeRetention(after),
      effect: shorter
        ? after.mode === 'never'
          ? 'Every rehearsal recording is removed when Someday next opens or saves one.'
          : `Recordings older than ${after.days} day${after.days === 1 ? '' : 's'} are removed when Someday next opens or saves one.`
        : 'Recordings will be kept longer than now.',
    });
  }
  return changes;
}
