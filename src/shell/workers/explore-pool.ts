/**
 * Runs exploration tasks on worker threads, one per core, when there are several tasks and more
 * than one core; otherwise in this thread. Each worker reports its progress as it goes, so a
 * long run is never silent.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import {
  type ExploreSetsTask,
  runExploreSets,
  type TaskProgress,
  type TaskResult,
} from "../../core/explore/task";
import type { CompiledStory } from "../../core/story/load-story";

/** Progress of task `index`, as its walk reports it. */
export type PoolProgress = (index: number, progress: Parameters<TaskProgress>[0]) => void;

/** Message from a worker: a task's progress, or its result. */
export type WorkerMessage =
  | { index: number; progress: Parameters<TaskProgress>[0] }
  | { index: number; result: TaskResult };

export function workerCount(tasks: number): number {
  return Math.min(availableParallelism(), tasks);
}

export async function runExploreTasks(
  story: CompiledStory,
  tasks: readonly ExploreSetsTask[],
  onProgress?: PoolProgress,
): Promise<TaskResult[]> {
  const threads = workerCount(tasks.length);
  // Workers run compiled JavaScript; from the TypeScript sources (ts-node, tests) stay in-thread.
  if (threads < 2 || !__filename.endsWith(".js")) {
    return tasks.map((task, i) =>
      runExploreSets(story, task, onProgress && ((progress) => onProgress(i, progress))),
    );
  }
  return runOnWorkers(story, tasks, threads, onProgress);
}

function runOnWorkers(
  story: CompiledStory,
  tasks: readonly ExploreSetsTask[],
  threads: number,
  onProgress?: PoolProgress,
): Promise<TaskResult[]> {
  const results: TaskResult[] = new Array(tasks.length);
  const workers: Worker[] = [];
  let next = 0;
  let finished = 0;
  return new Promise((resolve, reject) => {
    const feed = (worker: Worker) => {
      const index = next++;
      if (index < tasks.length) {
        worker.postMessage({ index, task: tasks[index], progress: onProgress !== undefined });
      } else void worker.terminate();
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(join(__dirname, "explore-worker.js"), { workerData: story.json });
      worker.on("message", (message: WorkerMessage) => {
        if ("progress" in message) {
          onProgress?.(message.index, message.progress);
          return;
        }
        results[message.index] = message.result;
        finished += 1;
        if (finished === tasks.length) resolve(results);
        feed(worker);
      });
      worker.on("error", (error) => {
        for (const other of workers) void other.terminate();
        reject(error);
      });
      workers.push(worker);
    }
    for (const worker of workers) feed(worker);
  });
}
