import { EventEmitter } from "node:events";
import { writePieces } from "../../src/cli/output";

/** A stream whose buffer is full after every write until it is drained, like a pipe to a slow reader. */
class SlowPipe extends EventEmitter {
  readonly written: string[] = [];
  destroyed = false;
  write(text: string): boolean {
    this.written.push(text);
    return false;
  }
}

/** Pieces that record when each is made. */
function* counted(made: string[]): Generator<string> {
  for (const piece of ["a", "b", "c"]) {
    made.push(piece);
    yield piece;
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("writePieces: output held a piece at a time, however slowly it is read", () => {
  it("makes the next piece only once a full stream has drained", async () => {
    const pipe = new SlowPipe();
    const made: string[] = [];
    const done = writePieces(pipe, counted(made));
    await settle();
    expect(made).toEqual(["a"]);
    pipe.emit("drain");
    await settle();
    expect(made).toEqual(["a", "b"]);
    pipe.emit("drain");
    await settle();
    pipe.emit("drain");
    await done;
    expect(pipe.written.join("")).toBe("abc");
    expect(pipe.listenerCount("drain") + pipe.listenerCount("close") + pipe.listenerCount("error")).toBe(0);
  });

  it("goes on when the reader goes away (closed, failed) instead of waiting for ever", async () => {
    const pipe = new SlowPipe();
    const done = writePieces(pipe, counted([]));
    await settle();
    pipe.emit("close");
    pipe.destroyed = true;
    await done;
    expect(pipe.written).toEqual(["a", "b", "c"]);
  });

  it("writes straight through to a collector that never fills", async () => {
    const pieces: string[] = [];
    await writePieces({ write: (text) => pieces.push(text) > 0 }, counted([]));
    expect(pieces).toEqual(["a", "b", "c"]);
  });
});
