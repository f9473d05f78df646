/**
 * The lesson server's transport (DESIGN.md 8): plain HTTP for the pages, the bundled client, the
 * QR code and the teacher's downloads; WebSocket (`ws`) at `/ws` for live updates. It knows who
 * is on each connection (projector, a student, the teacher) and nothing of the lesson's rules:
 * every message is parsed against a schema, checked against the sender's page, and handed to
 * the `LessonHost`, whose new views are then pushed to every page.
 *
 * Limits, for a room of teenagers: frames over `MAX_MESSAGE_BYTES` close the connection; each
 * connection has a message budget (`createRateLimit`), and one that keeps exceeding it is
 * closed; connections per address and in all are capped; a WebSocket from a page of another
 * origin is refused; the teacher's token is compared in constant time.
 */
import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import {
  type Hello,
  isTeacherMessage,
  MAX_MESSAGE_BYTES,
  parseMessage,
  type TeacherMessage,
} from "./messages";
import { type PageName, renderForbiddenPage, renderLessonPage } from "./pages";
import { createRateLimit, type RateLimit } from "./rate-limit";

/** Who is on a connection, once it has said hello. */
export type Viewer =
  | { page: "projector" }
  | { page: "teacher" }
  | { page: "student"; student?: string };

export type HostReply = { ok: boolean; reply: string };

/** What the transport needs from the lesson (lesson-host.ts). */
export interface LessonHost {
  readonly room: string;
  readonly token: string;
  /** A new student; the key lets the same phone reconnect as them. */
  join(
    name: string,
    role: string | undefined,
    now: number,
  ): HostReply & { student?: string; key?: string };
  /** The student a reconnection key belongs to. */
  studentForKey(key: string): string | undefined;
  /** A vote for `option` at `decision` (refused when that decision is no longer open). */
  vote(student: string, option: number, decision: string, now: number): HostReply;
  teach(message: TeacherMessage, now: number): HostReply;
  /** The JSON a page is sent after every change. */
  view(viewer: Viewer, now: number): unknown;
  /** Static files and downloads, by path; undefined when there is no such file. */
  file(path: string, isTeacher: boolean): { type: string; body: string } | undefined;
}

export interface ServerOptions {
  host: string;
  port: number;
  /** Connections allowed from one address (a whole class may share one NAT address). */
  perAddress?: number;
  /** Connections allowed in all. */
  total?: number;
  /** Messages per second per connection, and the burst allowed. */
  rate?: { perSecond: number; burst: number };
  now?: () => number;
  /** Told when a connection is closed for abuse, for the terminal. */
  log?: (line: string) => void;
}

interface Connection {
  socket: WebSocket;
  address: string;
  viewer?: Viewer;
  limit: RateLimit;
  strikes: number;
}

export interface RunningServer {
  server: Server;
  port: number;
  /** Pushes the current views to every page (after a timer or a restart). */
  broadcast: () => void;
  close: () => Promise<void>;
}

const SECURITY_HEADERS = {
  "Content-Security-Policy":
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};

export async function startServer(
  host: LessonHost,
  options: ServerOptions,
): Promise<RunningServer> {
  const now = options.now ?? Date.now;
  const connections = new Set<Connection>();
  const perAddress = options.perAddress ?? 100;
  const total = options.total ?? 400;
  const rate = options.rate ?? { perSecond: 5, burst: 20 };

  const server = createServer((request, response) => serveHttp(host, request, response));
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  server.on("upgrade", (request, socket, head) => {
    const address = request.socket.remoteAddress ?? "?";
    const fromAddress = [...connections].filter((c) => c.address === address).length;
    const refused =
      new URL(request.url ?? "/", "http://x").pathname !== "/ws"
        ? "404 Not Found"
        : !sameOrigin(request)
          ? "403 Forbidden"
          : connections.size >= total || fromAddress >= perAddress
            ? "503 Service Unavailable"
            : undefined;
    if (refused) {
      socket.end(`HTTP/1.1 ${refused}\r\nConnection: close\r\n\r\n`);
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      const connection: Connection = {
        socket: ws,
        address,
        limit: createRateLimit(rate.perSecond, rate.burst),
        strikes: 0,
      };
      connections.add(connection);
      ws.on("message", (data, isBinary) => onMessage(connection, data, isBinary));
      ws.on("close", () => connections.delete(connection));
      ws.on("error", () => connections.delete(connection));
    });
  });

  function send(connection: Connection, message: unknown): void {
    if (connection.socket.readyState === connection.socket.OPEN) {
      connection.socket.send(JSON.stringify(message));
    }
  }

  let pending = false;
  /** Pushes every page's view once the messages already queued are handled: a burst of votes
   * sends one round of views, not one per vote. */
  function scheduleBroadcast(): void {
    if (pending) return;
    pending = true;
    setImmediate(() => {
      pending = false;
      broadcast();
    });
  }

  function broadcast(): void {
    const at = now();
    for (const connection of connections) {
      if (connection.viewer)
        send(connection, { type: "view", view: host.view(connection.viewer, at) });
    }
  }

  function refuse(connection: Connection, reason: string): void {
    send(connection, { type: "reply", ok: false, reply: reason });
    connection.strikes += 1;
    if (connection.strikes > 20) {
      options.log?.(`closed a connection from ${connection.address}: too many refused messages`);
      connection.socket.close(1008, "too many refused messages");
    }
  }

  function onMessage(connection: Connection, data: unknown, isBinary: boolean): void {
    const at = now();
    const result = handle(connection, data, isBinary, at);
    if (result === undefined) return;
    if (typeof result === "string") {
      refuse(connection, result);
      return;
    }
    send(connection, { type: "reply", ok: result.ok, reply: result.reply });
    scheduleBroadcast();
  }

  /** The host's answer to one frame, or why the frame is refused before reaching the host. */
  function handle(
    connection: Connection,
    data: unknown,
    isBinary: boolean,
    at: number,
  ): HostReply | string | undefined {
    if (!connection.limit.take(at)) return "too many messages: wait a moment";
    if (isBinary) return "text messages only";
    const parsed = parseMessage(String(data));
    if (!parsed.ok) return `refused: ${parsed.reason}`;
    const message = parsed.message;
    if (message.type === "hello") return hello(connection, message, at);
    const viewer = connection.viewer;
    if (!viewer) return "say hello first";
    if (message.type === "join" || message.type === "vote") {
      if (viewer.page !== "student") return "only a student's page may do that";
      if (message.type === "vote") {
        if (!viewer.student) return "join the lesson before voting";
        return host.vote(viewer.student, message.option, message.decision, at);
      }
      if (viewer.student) return "you have already joined";
      const joined = host.join(message.name, message.role, at);
      if (joined.student && joined.key) {
        connection.viewer = { page: "student", student: joined.student };
        send(connection, { type: "joined", key: joined.key });
      }
      return joined;
    }
    if (!isTeacherMessage(message)) return "not a message this server understands";
    if (viewer.page !== "teacher") return "only the teacher may do that";
    return host.teach(message, at);
  }

  /** Says who is on the connection; its first view goes out with the next broadcast. */
  function hello(connection: Connection, message: Hello, at: number): string | undefined {
    if (connection.viewer) return "already connected";
    if (message.page === "student" && message.room.toUpperCase() !== host.room) {
      return "That room code is not this lesson's: scan the code on the class's screen again.";
    }
    if (message.page === "teacher") {
      if (!sameSecret(message.token ?? "", host.token)) {
        return "the teacher's token is wrong: open the address the terminal printed";
      }
      connection.viewer = { page: "teacher" };
    } else if (message.page === "student") {
      const student = message.key ? host.studentForKey(message.key) : undefined;
      connection.viewer = student ? { page: "student", student } : { page: "student" };
    } else {
      connection.viewer = { page: "projector" };
    }
    send(connection, { type: "view", view: host.view(connection.viewer, at) });
    return undefined;
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    broadcast,
    close: () =>
      new Promise<void>((resolve) => {
        for (const connection of connections) connection.socket.terminate();
        sockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function serveHttp(host: LessonHost, request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? "/", "http://x");
  const isTeacher = sameSecret(url.searchParams.get("token") ?? "", host.token);
  const pages: Record<string, PageName> = {
    "/": "projector",
    "/join": "student",
    "/teach": "teacher",
  };
  const page = pages[url.pathname];
  const file = page ? undefined : host.file(url.pathname, isTeacher);
  if (request.method !== "GET" && request.method !== "HEAD") {
    reply(response, 405, "text/plain; charset=utf-8", "GET only\n");
  } else if (page === "teacher" && !isTeacher) {
    reply(response, 403, "text/html; charset=utf-8", renderForbiddenPage());
  } else if (page) {
    reply(response, 200, "text/html; charset=utf-8", renderLessonPage(page));
  } else if (file) {
    reply(response, 200, file.type, file.body);
  } else {
    reply(response, 404, "text/plain; charset=utf-8", "Not found\n");
  }
}

function reply(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": type });
  response.end(body);
}

/** A WebSocket opened by one of this server's pages (browsers always send Origin). */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
