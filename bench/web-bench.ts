/**
 * The lesson server under a class of phones (`npm run bench`): 60 simulated phones (WebSocket
 * clients in this process, on 127.0.0.1 only) join, then at each of several decisions all vote
 * at once. For each vote, the time from sending it to the projector's page receiving a view that
 * counts it; the median and 99th percentile, and the process's memory. The server saves the
 * lesson after every vote, as it does in class. Clients and server share this process's cores.
 */
import {
  decideUntilVote,
  isReply,
  isView,
  makeDataDir,
  openClient,
  startTestLesson,
} from "../tests/web/lesson-server";

const PHONES = 60;
const ROUNDS = 5;

async function main(): Promise<void> {
  const started = await startTestLesson({ dataDir: makeDataDir(), limits: { perAddress: 200 } });
  const port = started.server.port;
  const room = started.lesson.room;
  const rssBefore = process.memoryUsage().rss;
  const teacher = await openClient(port, {
    page: "teacher",
    room: "",
    token: started.lesson.token,
  });
  await teacher.next(isView);
  const projector = await openClient(port, { page: "projector", room: "" });
  await projector.next(isView);
  const phones = await Promise.all(
    Array.from({ length: PHONES }, async (_, i) => {
      const phone = await openClient(port, { page: "student", room });
      await phone.next(isView);
      phone.send({ type: "join", name: `Phone ${i}` });
      await phone.next((m) => m.type === "joined");
      return phone;
    }),
  );
  teacher.send({ type: "start" });
  await teacher.next((m) => isReply(m) && m.ok === true);
  const latencies: number[] = [];
  let rounds = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    // Choices that are no decision (the tone of a reply) are the teacher's: no vote on them.
    const decision = await decideUntilVote(teacher, started);
    if (!decision) break;
    const arrivals: number[] = [];
    const done = new Promise<void>((resolve) => {
      projector.socket.on("message", function count(data) {
        const message = JSON.parse(String(data)) as { view?: { view?: { ballots?: number } } };
        const ballots = message.view?.view?.ballots ?? 0;
        while (arrivals.length < ballots) arrivals.push(performance.now());
        if (arrivals.length >= PHONES) {
          projector.socket.off("message", count);
          resolve();
        }
      });
    });
    const sent: number[] = [];
    for (const [i, phone] of phones.entries()) {
      sent.push(performance.now());
      phone.send({ type: "vote", option: i % 2, decision });
    }
    await done;
    rounds += 1;
    sent.sort((a, b) => a - b);
    for (const [n, at] of arrivals.entries()) latencies.push(at - (sent[n] ?? at));
    teacher.send({ type: "decide", option: 0 });
    await teacher.next((m) => isReply(m) && m.ok === true);
  }
  const rssAfter = process.memoryUsage().rss;
  latencies.sort((a, b) => a - b);
  const pick = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  console.log(
    `web lesson: ${PHONES} phones, ${latencies.length} votes over ${rounds} decisions, saved after each`,
  );
  console.log(
    `  vote to projector: median ${pick(0.5).toFixed(1)} ms, p99 ${pick(0.99).toFixed(1)} ms, max ${pick(1).toFixed(1)} ms`,
  );
  console.log(
    `  memory: rss ${(rssAfter / 2 ** 20).toFixed(0)} MB (+${((rssAfter - rssBefore) / 2 ** 20).toFixed(0)} MB for the class), heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`,
  );
  for (const client of [teacher, projector, ...phones]) client.socket.close();
  await started.close();
}

void main();
