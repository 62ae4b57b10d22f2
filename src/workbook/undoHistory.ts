/**
 * The undo history of one workbook: complete in memory for the session, and persisted inside the workbook
 * (each adapter says where) so that it survives a reload. The persisted copy keeps the newest tokens only,
 * within a size bound, because hosts limit what a document may carry invisibly.
 */
import type { UndoToken } from "./port";

/** Where an adapter keeps the serialized history inside the workbook. */
export interface UndoPersistence {
  load(): Promise<string | null>;
  save(serialized: string): Promise<void>;
}

export const MAX_PERSISTED_TOKENS = 20;
/**
 * UTF-8 bytes of JSON: half the 2 MB Excel allows for all of an add-in's document settings together
 * (learn.microsoft.com/javascript/api/office/office.settings), counted in bytes because a Japanese
 * character takes three, so that the user's settings always fit beside it.
 */
export const MAX_PERSISTED_BYTES = 1_000_000;

const encoder = new TextEncoder();

function parseTokens(serialized: string | null): UndoToken[] {
  if (serialized === null) return [];
  try {
    const parsed: unknown = JSON.parse(serialized);
    return Array.isArray(parsed) ? (parsed as UndoToken[]) : [];
  } catch {
    return []; // A damaged history must not stop the add-in; it only loses the old undo entries.
  }
}

/** The newest tokens whose JSON fits the bounds, oldest first. */
export function persistable(tokens: readonly UndoToken[]): UndoToken[] {
  const kept: UndoToken[] = [];
  let bytes = 2;
  for (let i = tokens.length - 1; i >= 0 && kept.length < MAX_PERSISTED_TOKENS; i--) {
    bytes += encoder.encode(JSON.stringify(tokens[i])).length + 1;
    if (bytes > MAX_PERSISTED_BYTES) break;
    kept.unshift(tokens[i]);
  }
  return kept;
}

export class UndoHistory {
  private tokens: UndoToken[] | null = null;
  /** How many saves of the history failed in this session (0 when it survives a reload). */
  persistFailures = 0;

  constructor(private readonly persistence: UndoPersistence) {}

  async list(): Promise<UndoToken[]> {
    this.tokens ??= parseTokens(await this.persistence.load());
    return [...this.tokens];
  }

  async push(token: UndoToken): Promise<void> {
    await this.replace([...(await this.list()), token]);
  }

  async remove(id: string): Promise<void> {
    await this.replace((await this.list()).filter((token) => token.id !== id));
  }

  /**
   * Persisting is best effort: the workbook has already been changed when a token is pushed, so a failed
   * save (a host refusing the settings, a read-only document) must not turn a done change into an error.
   * The in-memory history still undoes it in this session.
   */
  private async replace(tokens: UndoToken[]): Promise<void> {
    this.tokens = tokens;
    try {
      await this.persistence.save(JSON.stringify(persistable(tokens)));
    } catch {
      this.persistFailures += 1;
    }
  }
}
