/**
 * The three lesson pages as HTML shells (DESIGN.md 8): the projector (`/`), the student's phone
 * (`/join`) and the teacher's console (`/teach`). Each loads the one bundled client and the
 * stylesheet from this server; the client fills the page from what the server pushes. Nothing
 * here interpolates anything a user typed.
 */
import { escapeHtml, htmlHead, NO_FAVICON } from "../views/report-html";

const STYLESHEET = '<link rel="stylesheet" href="/static/khasan.css">';

export type PageName = "projector" | "student" | "teacher";

const TITLES: Readonly<Record<PageName, string>> = {
  projector: "Khasan 1938: the class's screen",
  student: "Khasan 1938: join the lesson",
  teacher: "Khasan 1938: the teacher's console",
};

export function renderLessonPage(page: PageName): string {
  return [
    ...htmlHead(TITLES[page], [
      NO_FAVICON,
      STYLESHEET,
      '<script src="/static/lesson.js" defer></script>',
    ]),
    `<body class="${page}" data-page="${page}">`,
    '<main id="app">',
    '<p id="connection" class="status" role="status">Connecting to the lesson…</p>',
    `<div id="view"><h1>${escapeHtml(TITLES[page])}</h1></div>`,
    "<noscript><p>This page needs JavaScript; nothing is fetched from the internet.</p></noscript>",
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** The answer to a teacher page opened without the right token. */
export function renderForbiddenPage(): string {
  return [
    ...htmlHead("Khasan 1938: teacher only", [NO_FAVICON, STYLESHEET]),
    '<body><main id="app"><h1>Teacher only</h1>',
    '<p>Open the teacher\'s address exactly as the terminal that started <code>khasan serve</code> printed it. Students join at <a href="/join">/join</a>.</p>',
    "</main></body></html>",
    "",
  ].join("\n");
}
