/**
 * The page's live link to the lesson server: a WebSocket to `/ws` on the same host, which says
 * hello (page, room, token or reconnection key) on every (re)connection and reconnects with a
 * growing delay after Wi-Fi drops. The status line tells the reader whether the page is live.
 */
import { byId } from "./dom";

export type ServerMessage =
  | { type: "view"; view: unknown }
  | { type: "reply"; ok: boolean; reply: string }
  | { type: "joined"; key: string };

export interface Link {
  send: (message: object) => void;
}

export interface LinkOptions {
  hello: () => object;
  onMessage: (message: ServerMessage) => void;
}

export function connect(options: LinkOptions): Link {
  let socket: WebSocket | undefined;
  let delay = 500;
  const status = byId("connection");
  const open = () => {
    const protocol = location.protocol === "https:" ? "wss:" : "ws:";
    const ws = new WebSocket(`${protocol}//${location.host}/ws`);
    socket = ws;
    ws.addEventListener("open", () => {
      delay = 500;
      status.textContent = "";
      document.body.dataset.connected = "yes";
      ws.send(JSON.stringify(options.hello()));
    });
    ws.addEventListener("message", (event) => {
      try {
        options.onMessage(JSON.parse(String(event.data)) as ServerMessage);
      } catch {
        status.textContent = "The server sent something this page cannot read.";
      }
    });
    ws.addEventListener("close", () => {
      status.textContent = "Connection lost: reconnecting…";
      document.body.dataset.connected = "no";
      setTimeout(open, delay);
      delay = Math.min(delay * 2, 5000);
    });
  };
  open();
  return {
    send(message) {
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
      else status.textContent = "Not connected yet: try again in a moment.";
    },
  };
}
