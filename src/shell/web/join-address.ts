/**
 * Where students reach the server: the address to print and to put in the QR code. With
 * `--host 0.0.0.0` (all interfaces, the default) that is the machine's first private IPv4
 * address on the local network; otherwise the host given. The QR code is drawn server-side as
 * SVG by `qrcode`, so the projector needs nothing from the internet.
 */
import { networkInterfaces } from "node:os";
import QRCode from "qrcode";

/** The first non-internal IPv4 address, or undefined on a machine with no network. */
export function lanAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === "IPv4" && !address.internal) return address.address;
    }
  }
  return undefined;
}

/** The host name students type: the LAN address when bound to every interface. */
export function publicHost(bound: string): string {
  if (bound === "0.0.0.0" || bound === "::") return lanAddress() ?? "127.0.0.1";
  return bound.includes(":") ? `[${bound}]` : bound;
}

export function joinUrl(host: string, port: number, room: string): string {
  return `http://${host}:${port}/join?room=${encodeURIComponent(room)}`;
}

/** The QR code of `text` as an SVG document (black on white, with a quiet zone). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 4 });
}
