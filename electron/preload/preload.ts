import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge';

// Sandboxed preload: bundled into one file, and it hands the page only the contract's functions.
contextBridge.exposeInMainWorld('portcullis', buildBridge(ipcRenderer));
