import { basename } from 'node:path';
import type { ArchiveEventType, EventOf } from '../archive/events.js';
import type { Bundle } from './model.js';

/** The reader's events of the given types, in the order they happened. */
export function eventsOf<T extends ArchiveEventType>(bundle: Bundle, ...types: T[]): EventOf<T>[] {
  return bundle.events.filter((event): event is EventOf<T> => (types as string[]).includes(event.type));
}

/** How messages name a path: its name inside the archive holding it, or the bundle's file name. */
export function displayName(bundle: Bundle, path: string): string {
  if (path === '') return basename(bundle.path);
  const nested = path.lastIndexOf('!/');
  return nested < 0 ? path : path.slice(nested + 2);
}
