/**
 * The application menu and the right-click menu. Electron gives an app without them no Edit commands,
 * so copy, paste and undo must be wired here through the standard roles (which the OS and Chromium
 * implement) or they would not work in any text field. Reload and DevTools exist only in development.
 */
import { Menu, type ContextMenuParams, type MenuItemConstructorOptions, type WebContents } from 'electron';

export interface AppMenuOptions {
  appName: string;
  isDev: boolean;
  platform: NodeJS.Platform;
  onAbout: () => void;
  /** Locks the data now (File, Lock now; Ctrl/Cmd+L). */
  onLock: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildAppMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `About ${options.appName}`, click: () => options.onAbout() };
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: options.appName,
      submenu: [
        about,
        separator,
        { role: 'services' },
        separator,
        { role: 'hide', accelerator: 'Command+H' },
        { role: 'hideOthers', accelerator: 'Command+Alt+H' },
        { role: 'unhide' },
        separator,
        { role: 'quit', accelerator: 'Command+Q' },
      ],
    });
  }
  template.push(
    {
      label: '&File',
      submenu: [
        { label: '&Lock now', accelerator: 'CmdOrCtrl+L', click: () => options.onLock() },
        separator,
        mac ? { role: 'close', accelerator: 'Command+W' } : { role: 'quit', accelerator: 'Ctrl+Q' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo', accelerator: 'CmdOrCtrl+Z' },
        { role: 'redo', accelerator: options.platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z' },
        separator,
        { role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { role: 'pasteAndMatchStyle', accelerator: 'CmdOrCtrl+Shift+V' },
        { role: 'delete' },
        separator,
        { role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      ],
    },
    {
      label: '&View',
      submenu: [
        ...(options.isDev
          ? [
              { role: 'reload', accelerator: 'CmdOrCtrl+R' } as const,
              { role: 'toggleDevTools', accelerator: mac ? 'Alt+Command+I' : 'Ctrl+Shift+I' } as const,
              separator,
            ]
          : []),
        { role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
        { role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
        { role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
        separator,
        { role: 'togglefullscreen', accelerator: mac ? 'Ctrl+Command+F' : 'F11' },
      ],
    },
    {
      label: '&Window',
      role: 'window',
      submenu: [
        { role: 'minimize', accelerator: 'CmdOrCtrl+M' },
        ...(mac
          ? [{ role: 'zoom' } as const, separator, { role: 'front' } as const]
          : [{ role: 'close', accelerator: 'Ctrl+W' } as const]),
      ],
    },
    { label: '&Help', role: 'help', submenu: [about] },
  );
  return template;
}

export function installAppMenu(options: AppMenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildAppMenuTemplate(options)));
}

export type ContextMenuRequest = Pick<
  ContextMenuParams,
  'isEditable' | 'editFlags' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions'
>;

export interface SpellingActions {
  replaceMisspelling: (word: string) => void;
  addToDictionary: (word: string) => void;
}

/** Edit commands for a text field (spelling suggestions first), Copy for selected text, else nothing. */
export function buildContextMenuTemplate(
  params: ContextMenuRequest,
  spelling: SpellingActions,
): MenuItemConstructorOptions[] {
  if (params.isEditable) {
    const flags = params.editFlags;
    const suggestions: MenuItemConstructorOptions[] = params.misspelledWord
      ? [
          ...params.dictionarySuggestions.slice(0, 5).map((word) => ({
            label: word,
            click: () => spelling.replaceMisspelling(word),
          })),
          { label: 'Add to Dictionary', click: () => spelling.addToDictionary(params.misspelledWord) },
          separator,
        ]
      : [];
    return [
      ...suggestions,
      { role: 'undo', enabled: flags.canUndo },
      { role: 'redo', enabled: flags.canRedo },
      separator,
      { role: 'cut', enabled: flags.canCut },
      { role: 'copy', enabled: flags.canCopy },
      { role: 'paste', enabled: flags.canPaste },
      separator,
      { role: 'selectAll', enabled: flags.canSelectAll },
    ];
  }
  if (params.selectionText.trim() !== '') return [{ role: 'copy', enabled: params.editFlags.canCopy }];
  return [];
}

export function attachContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
}
