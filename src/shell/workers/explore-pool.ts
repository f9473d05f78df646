/**
 * Runs exploration tasks (one per premise set) on worker threads, one per core, when there are
 * several tasks and more than one core; otherwise in this thread, with live progress. Each
 * combination of premises is independent, so two cores halve `--all-premises`.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ExploreSection } from "../../core/explore/report";
import { type ExploreTask, runExploreTask, type TaskProgress } from "../../core/explore/task";
import type { CompiledStory } from "../../core/story/load-story";
import { plural } from "../../core/words";

/** Reports progress: tasks finished, tasks in all, and within-task detail when known. */
export type PoolProgress = (finished: number, total: number, detail?: string) => void;

export async function runExploreTasks(
  story: CompiledStory,
  tasks: readonly ExploreTask[],
  onProgress?: PoolProgress,
): Promise<ExploreSection[]> {
  const threads = Math.min(availableParallelism(), tasks.length);
  // Workers run compiled JavaScript; from the TypeScript sources (ts-node, tests) stay in-thread.
  if (threads < 2 || !__filename.endsWith(".js")) return runHere(story, tasks, onProgress);
  return runOnWorkers(story, tasks, threads, onProgress);
}

function runHere(
  story: CompiledStory,
  tasks: readonly ExploreTask[],
  onProgress?: PoolProgress,
): ExploreSection[] {
  return tasks.map((task, i) => {
    const detail: TaskProgress | undefined =
      onProgress &&
      ((done, steps) =>
        onProgress(
          i,
          tasks.length,
          steps === undefined
            ? plural(done, "walk")
            : `${plural(done, "state")}, ${plural(steps, "choice")}`,
        ));
    return runExploreTask(story, task, detail);
  });
}

function runOnWorkers(
  story: CompiledStory,
  tasks: readonly ExploreTask[],
  threads: number,
  onProgress?: PoolProgress,
): Promise<ExploreSection[]> {
  const sections: ExploreSection[] = new Array(tasks.length);
  const workers: Worker[] = [];
  let next = 0;
  let finished = 0;
  return new Promise((resolve, reject) => {
    const feed = (worker: Worker) => {
      const index = next++;
      if (index < tasks.length) worker.postMessage({ index, task: tasks[index] });
      else void worker.terminate();
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(join(__dirname, "explore-worker.js"), { workerData: story.json });
      worker.on("message", (message: { index: number; section: ExploreSection }) => {
        sections[message.index] = message.section;
        finished += 1;
        onProgress?.(finished, tasks.length);
        if (finished === tasks.length) resolve(sections);
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
