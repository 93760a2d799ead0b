import { describe, expect, it } from 'vitest';
import type { ContextMenuRequest } from '../../main/app-menu';
import { createEvent, useFakeElectron } from '../helpers/fake-electron';

interface Item {
  role?: string;
  label?: string;
  type?: string;
  accelerator?: string;
  enabled?: boolean;
  click?: () => void;
  submenu?: Item[];
}

async function loadMenu() {
  const fake = useFakeElectron();
  const menu = await import('../../main/app-menu');
  return { fake, ...menu };
}

function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

function roles(items: readonly Item[]): string[] {
  return flatten(items).flatMap((item) => (item.role ? [item.role] : []));
}

function submenu(items: readonly Item[], label: string): Item[] {
  const found = items.find((item) => item.label?.replace('&', '') === label);
  if (!found?.submenu) throw new Error(`no ${label} menu`);
  return found.submenu;
}

const base = { appName: 'Someday', onAbout: () => {}, onLock: () => {} };
const editable: ContextMenuRequest = {
  isEditable: true,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: {
    canUndo: true,
    canRedo: false,
    canCut: false,
    canCopy: false,
    canPaste: true,
    canDelete: false,
    canSelectAll: true,
    canEditRichly: false,
  },
};

describe('application menu', () => {
  it('has File, Edit, View, Window and Help with the standard roles and their accelerators', async () => {
    const { buildAppMenuTemplate } = await loadMenu();
    const template = buildAppMenuTemplate({ ...base, isDev: false, platform: 'linux' }) as Item[];
    expect(template.map((item) => item.label)).toStrictEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    expect(roles(submenu(template, 'File'))).toStrictEqual(['quit']);
    expect(roles(submenu(template, 'Edit'))).toStrictEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'pasteAndMatchStyle',
      'delete',
      'selectAll',
    ]);
    expect(roles(submenu(template, 'View'))).toStrictEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(submenu(template, 'Window'))).toStrictEqual(['minimize', 'close']);
    const accelerators = Object.fromEntries(
      flatten(template).flatMap((item) => (item.role && item.accelerator ? [[item.role, item.accelerator]] : [])),
    );
    expect(accelerators).toMatchObject({
      quit: 'Ctrl+Q',
      undo: 'CmdOrCtrl+Z',
      redo: 'CmdOrCtrl+Shift+Z',
      cut: 'CmdOrCtrl+X',
      copy: 'CmdOrCtrl+C',
      paste: 'CmdOrCtrl+V',
      selectAll: 'CmdOrCtrl+A',
      zoomIn: 'CmdOrCtrl+=',
      zoomOut: 'CmdOrCtrl+-',
      resetZoom: 'CmdOrCtrl+0',
      togglefullscreen: 'F11',
      minimize: 'CmdOrCtrl+M',
    });
  });

  it('uses Ctrl+Y for redo on Windows', async () => {
    const { buildAppMenuTemplate } = await loadMenu();
    const template = buildAppMenuTemplate({ ...base, isDev: false, platform: 'win32' }) as Item[];
    expect(flatten(template).find((item) => item.role === 'redo')?.accelerator).toBe('Ctrl+Y');
  });

  it('offers reload and DevTools only in development', async () => {
    const { buildAppMenuTemplate } = await loadMenu();
    const packaged = roles(buildAppMenuTemplate({ ...base, isDev: false, platform: 'linux' }) as Item[]);
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('forceReload');
    expect(packaged).not.toContain('toggleDevTools');
    const dev = roles(buildAppMenuTemplate({ ...base, isDev: true, platform: 'linux' }) as Item[]);
    expect(dev).toContain('reload');
    expect(dev).toContain('toggleDevTools');
  });

  it('has an About item in Help that calls back', async () => {
    const { buildAppMenuTemplate } = await loadMenu();
    let shown = 0;
    const template = buildAppMenuTemplate({
      ...base,
      isDev: false,
      platform: 'linux',
      onAbout: () => shown++,
    }) as Item[];
    const about = submenu(template, 'Help').find((item) => item.label === 'About Someday');
    about?.click?.();
    expect(shown).toBe(1);
  });

  it('has Lock now in File, on Ctrl/Cmd+L, that calls back, on every platform', async () => {
    const { buildAppMenuTemplate } = await loadMenu();
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      let locked = 0;
      const template = buildAppMenuTemplate({ ...base, isDev: false, platform, onLock: () => locked++ }) as Item[];
      const lockNow = submenu(template, 'File').find((item) => item.label === '&Lock now');
      expect(lockNow?.accelerator).toBe('CmdOrCtrl+L');
      lockNow?.click?.();
      expect(locked).toBe(1);
    }
  });

  it('adds the macOS application menu with quit, hide and services, and closes windows from File', async () => {
    const { buildAppMenuTemplate } = await loadMenu();
    const template = buildAppMenuTemplate({ ...base, isDev: false, platform: 'darwin' }) as Item[];
    expect(template[0]?.label).toBe('Someday');
    expect(roles(template[0]?.submenu ?? [])).toStrictEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(roles(submenu(template, 'File'))).toStrictEqual(['close']);
    expect(roles(submenu(template, 'Edit'))).toContain('pasteAndMatchStyle');
    const accelerators = flatten(template).flatMap((item) => (item.accelerator ? [item.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('never assigns one accelerator twice', async () => {
    const { buildAppMenuTemplate } = await loadMenu();
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      for (const isDev of [true, false]) {
        const accelerators = flatten(buildAppMenuTemplate({ ...base, isDev, platform }) as Item[]).flatMap((item) =>
          item.accelerator ? [item.accelerator.replace('CmdOrCtrl', platform === 'darwin' ? 'Command' : 'Ctrl')] : [],
        );
        expect(new Set(accelerators).size, `${platform} dev=${isDev}`).toBe(accelerators.length);
      }
    }
  });

  it('is installed as the application menu', async () => {
    const { fake, installAppMenu } = await loadMenu();
    installAppMenu({ ...base, isDev: false, platform: 'linux' });
    const installed = fake.getApplicationMenu();
    expect(roles(installed?.template ?? [])).toContain('paste');
  });
});

describe('context menu', () => {
  const noSpelling = { replaceMisspelling: () => {}, addToDictionary: () => {} };

  it('offers undo, redo, cut, copy, paste and select all in a text field, enabled as Chromium says', async () => {
    const { buildContextMenuTemplate } = await loadMenu();
    const template = buildContextMenuTemplate(editable, noSpelling) as Item[];
    expect(roles(template)).toStrictEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    const enabled = Object.fromEntries(template.flatMap((item) => (item.role ? [[item.role, item.enabled]] : [])));
    expect(enabled).toStrictEqual({
      undo: true,
      redo: false,
      cut: false,
      copy: false,
      paste: true,
      selectAll: true,
    });
  });

  it('offers Copy for selected text outside a field, and nothing otherwise', async () => {
    const { buildContextMenuTemplate } = await loadMenu();
    const flags = { ...editable.editFlags, canCopy: true };
    expect(
      roles(
        buildContextMenuTemplate(
          { ...editable, isEditable: false, selectionText: 'hi', editFlags: flags },
          noSpelling,
        ) as Item[],
      ),
    ).toStrictEqual(['copy']);
    expect(buildContextMenuTemplate({ ...editable, isEditable: false, selectionText: '  ' }, noSpelling)).toStrictEqual(
      [],
    );
  });

  it('puts spelling suggestions first and applies them', async () => {
    const { buildContextMenuTemplate } = await loadMenu();
    const replaced: string[] = [];
    const added: string[] = [];
    const template = buildContextMenuTemplate(
      { ...editable, misspelledWord: 'recieve', dictionarySuggestions: ['receive', 'relieve'] },
      { replaceMisspelling: (word) => replaced.push(word), addToDictionary: (word) => added.push(word) },
    ) as Item[];
    expect(template.slice(0, 3).map((item) => item.label)).toStrictEqual(['receive', 'relieve', 'Add to Dictionary']);
    template[0]?.click?.();
    template[2]?.click?.();
    expect(replaced).toStrictEqual(['receive']);
    expect(added).toStrictEqual(['recieve']);
    expect(roles(template)).toContain('paste');
  });

  it('pops up on right-click in the window', async () => {
    const { fake, attachContextMenu } = await loadMenu();
    const contents = fake.createWebContents();
    attachContextMenu(contents as never);
    contents.emit('context-menu', createEvent({}), editable);
    expect(fake.calls('menu.popup')).toHaveLength(1);
    expect(roles(fake.menus.at(-1)?.template ?? [])).toContain('paste');
    contents.emit('context-menu', createEvent({}), { ...editable, isEditable: false });
    expect(fake.calls('menu.popup')).toHaveLength(1);
  });
});
