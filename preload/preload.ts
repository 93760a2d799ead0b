/**
 * The sandboxed preload (Electron checklist 20): it exposes window.api, one function per contract channel
 * that forwards its input to ipcRenderer.invoke and returns only the result. ipcRenderer itself, events
 * and listeners never cross the bridge, and the object is frozen. It may import only 'electron' and the
 * channel list, because a sandboxed preload cannot load anything else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type ChannelName } from '../core/channels';
import type { Bridge } from '../core/contract';

type Invoke = (input?: unknown) => ReturnType<typeof ipcRenderer.invoke>;

const bridge = Object.freeze(
  Object.fromEntries(
    CHANNELS.map((channel): [ChannelName, Invoke] => [channel, (input) => ipcRenderer.invoke(channel, input)]),
  ) as Record<ChannelName, Invoke>,
) satisfies Bridge;

contextBridge.exposeInMainWorld('api', bridge);
