import type { PendingSelection } from '@/logic/messages';

/**
 * Everything the panel needs from the browser, handed in by the entrypoint. Components never call
 * browser APIs themselves, so tests render them with plain fakes.
 */
export interface PanelPorts {
  /** Calls back with the waiting selection now and whenever a new one arrives; returns an unsubscribe. */
  watchSelection(listener: (selection: PendingSelection | null) => void): () => void;
}
