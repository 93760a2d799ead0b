import { z } from 'zod';
import type { ApiResult } from './api-result';
import type { ChannelName } from './channels';
import {
  ContactIdSchema,
  ContactInputSchema,
  ContactListQuerySchema,
  type Contact,
  type ContactPage,
} from './contacts';
import {
  DraftCreateSchema,
  DraftIdSchema,
  DraftListQuerySchema,
  DraftSaveSchema,
  DraftStatusSchema,
  RevisionRestoreSchema,
  type Draft,
  type DraftPage,
  type DraftRevision,
} from './drafts';
import {
  BackupNameSchema,
  DeleteAllSchema,
  ImportContentSchema,
  ExportInputSchema,
  type ChosenSource,
  type DataProgress,
  type BackupInfo,
  type BackupStatus,
  type ExportResult,
  type DataImportPreview,
  type DataImportResult,
} from './data';
import { MailtoSchema, SaveFileSchema, type SaveFileResult } from './output';
import {
  RecordingByTurnSchema,
  RecordingSaveSchema,
  RehearsalCreateSchema,
  RehearsalIdSchema,
  RehearsalListSchema,
  TurnSaveSchema,
  type RecordingData,
  type RecordingSaved,
  type Rehearsal,
  type RehearsalDetail,
  type TurnSaved,
} from './rehearsals';
import type { ScenarioLibrary } from './scenarios';
import {
  CompleteReminderSchema,
  GuardQuerySchema,
  InteractionCreateSchema,
  InteractionIdSchema,
  InteractionUpdateSchema,
  PlanConfirmSchema,
  PlanQuerySchema,
  ReminderIdSchema,
  SnoozeSchema,
  type FollowupPlan,
  type ChannelOutcome,
  type CompleteResult,
  type GuardWarning,
  type Interaction,
  type Reminder,
  type TodayList,
} from './followups';
import { TimeZoneSchema } from './time';
import {
  EXPORT_FORMATS,
  ImportInputSchema,
  type ContactsExport,
  type ExportedFile,
  type ContactsImportPreview,
  type ContactsImportResult,
} from './contact-files';
import {
  AutoLockSchema,
  ChangePassphraseSchema,
  NewRecoveryCodeSchema,
  UnlockSchema,
  type ProtectionStatus,
  type UnlockResult,
} from './protection';
import { SettingsPatchSchema, type AppInfo, type Settings } from './settings';
import { UserTemplateSaveSchema, type MessageTemplate, type TemplateLibrary } from './templates';

/**
 * The IPC contract: each channel's input schema and output type. Main registers one handler per
 * entry, the preload exposes one function per entry, and the renderer calls them through
 * `renderer/api.ts`. Inputs are parsed with these schemas in main before any handler runs.
 */
interface ChannelDef<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type, never read at run time. */
  output?: O;
}

function channel<O>() {
  return <I extends z.ZodType>(input: I): ChannelDef<I, O> => ({ input });
}

const NoInput = z.object({}).strict().prefault({});
const ById = z.object({ id: ContactIdSchema }).strict();
const DraftById = z.object({ id: DraftIdSchema }).strict();

export const contract = {
  'app:info': channel<AppInfo>()(NoInput),
  'settings:get': channel<Settings>()(NoInput),
  'settings:update': channel<Settings>()(SettingsPatchSchema),
  'contacts:list': channel<ContactPage>()(ContactListQuerySchema.prefault({})),
  'contacts:get': channel<Contact>()(ById),
  'contacts:create': channel<Contact>()(ContactInputSchema),
  'contacts:update': channel<Contact>()(z.object({ id: ContactIdSchema, contact: ContactInputSchema }).strict()),
  'contacts:set-archived': channel<Contact>()(
    z.object({ id: ContactIdSchema, archived: z.boolean({ error: 'archived must be true or false' }) }).strict(),
  ),
  'contacts:delete': channel<{ id: number }>()(ById),
  'drafts:list': channel<DraftPage>()(DraftListQuerySchema.prefault({})),
  'drafts:get': channel<Draft>()(DraftById),
  'drafts:create': channel<Draft>()(DraftCreateSchema),
  'drafts:save': channel<Draft>()(DraftSaveSchema),
  'drafts:set-status': channel<Draft>()(DraftStatusSchema),
  'drafts:delete': channel<{ id: number }>()(DraftById),
  'drafts:revisions': channel<DraftRevision[]>()(DraftById),
  'drafts:restore-revision': channel<Draft>()(RevisionRestoreSchema),
  'templates:list': channel<TemplateLibrary>()(NoInput),
  'templates:save': channel<MessageTemplate>()(UserTemplateSaveSchema),
  'templates:delete': channel<{ id: number }>()(
    z.object({ id: z.number().int().positive({ error: 'Template id must be positive' }) }).strict(),
  ),
  'output:open-mail': channel<{ opened: boolean }>()(MailtoSchema),
  'output:save-file': channel<SaveFileResult>()(SaveFileSchema),
  'scenarios:list': channel<ScenarioLibrary>()(NoInput),
  'rehearsals:create': channel<Rehearsal>()(RehearsalCreateSchema),
  'rehearsals:list': channel<Rehearsal[]>()(RehearsalListSchema),
  'rehearsals:get': channel<RehearsalDetail>()(z.object({ id: RehearsalIdSchema }).strict()),
  'rehearsals:delete': channel<{ id: number }>()(z.object({ id: RehearsalIdSchema }).strict()),
  'rehearsals:save-turn': channel<TurnSaved>()(TurnSaveSchema),
  'recordings:save': channel<RecordingSaved>()(RecordingSaveSchema),
  'recordings:get': channel<RecordingData>()(RecordingByTurnSchema),
  'recordings:delete': channel<{ turnId: number }>()(RecordingByTurnSchema),
  'data:export': channel<ExportResult>()(ExportInputSchema),
  'data:import-choose': channel<{ chosen: ChosenSource | null }>()(NoInput),
  'data:progress': channel<DataProgress>()(NoInput),
  'data:cancel': channel<{ cancelled: boolean }>()(NoInput),
  'data:import-preview': channel<DataImportPreview>()(ImportContentSchema),
  'data:import-apply': channel<DataImportResult>()(ImportContentSchema),
  'data:delete-all': channel<{ removed: string[] }>()(DeleteAllSchema),
  'backups:list': channel<BackupInfo[]>()(NoInput),
  'backups:create': channel<BackupInfo>()(NoInput),
  'backups:restore': channel<DataImportResult>()(BackupNameSchema),
  'backups:status': channel<BackupStatus>()(NoInput),
  'interactions:list': channel<Interaction[]>()(z.object({ contactId: ContactIdSchema }).strict()),
  'interactions:create': channel<Interaction>()(InteractionCreateSchema),
  'interactions:update': channel<Interaction>()(InteractionUpdateSchema),
  'interactions:delete': channel<{ id: number }>()(z.object({ id: InteractionIdSchema }).strict()),
  'interactions:check': channel<GuardWarning[]>()(GuardQuerySchema),
  'reminders:plan': channel<FollowupPlan>()(PlanQuerySchema),
  'reminders:confirm-plan': channel<Reminder[]>()(PlanConfirmSchema),
  'reminders:dismiss-plan': channel<Contact>()(z.object({ contactId: ContactIdSchema }).strict()),
  'reminders:list': channel<Reminder[]>()(z.object({ contactId: ContactIdSchema }).strict()),
  'reminders:today': channel<TodayList>()(z.object({ timeZone: TimeZoneSchema }).strict()),
  'reminders:snooze': channel<Reminder>()(SnoozeSchema),
  'reminders:complete': channel<CompleteResult>()(CompleteReminderSchema),
  'reminders:skip': channel<{ skipped: Reminder; next: Reminder | null }>()(
    z.object({ id: ReminderIdSchema, timeZone: TimeZoneSchema }).strict(),
  ),
  'outcomes:by-channel': channel<ChannelOutcome[]>()(NoInput),
  'reminders:export-ics': channel<ExportedFile>()(NoInput),
  'contacts:export': channel<ContactsExport>()(
    z.object({ format: z.enum(EXPORT_FORMATS, { error: 'Export as csv or vcard' }) }).strict(),
  ),
  'contacts:import-preview': channel<ContactsImportPreview>()(ImportInputSchema),
  'contacts:import': channel<ContactsImportResult>()(ImportInputSchema),
  'protection:status': channel<ProtectionStatus>()(NoInput),
  'protection:unlock': channel<UnlockResult>()(UnlockSchema),
  'protection:lock': channel<ProtectionStatus>()(NoInput),
  'protection:activity': channel<{ ok: true }>()(NoInput),
  'protection:change-passphrase': channel<ProtectionStatus>()(ChangePassphraseSchema),
  'protection:new-recovery-code': channel<{ recoveryCode: string }>()(NewRecoveryCodeSchema),
  'protection:set-auto-lock': channel<ProtectionStatus>()(AutoLockSchema),
} satisfies { [K in ChannelName]: ChannelDef<z.ZodType, unknown> };

type Contract = typeof contract;

/** What a caller may send (defaults may be left out). */
export type Input<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What a handler receives after parsing. */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type Output<C extends ChannelName> = NonNullable<Contract[C]['output']>;

/**
 * The input argument of a call: optional only for channels whose schema accepts nothing at all, so a
 * channel that needs input cannot be called without it (tsc says so, not start-up or the first click).
 */
export type InputArgs<C extends ChannelName> = undefined extends Input<C> ? [input?: Input<C>] : [input: Input<C>];

/** The shape of `window.api` in Electron: one function per channel. */
export type Bridge = { [C in ChannelName]: (...args: InputArgs<C>) => Promise<ApiResult<Output<C>>> };
