/**
 * What the lesson server pushes to each page: the core's view for that audience
 * (lesson-view.ts) wrapped with what only the web needs (the join address, the role card, the
 * projector's page number, "decision 3 of 6"). Shared as types by the server and the browser.
 */
import type { ProjectorView, StudentView, TeacherView } from "../../core/classroom/lesson-view";

export interface JoinInfo {
  room: string;
  /** The address students open (also in the QR code at `/qr.svg`). */
  url: string;
}

export interface Progress {
  /** 1-based number of the decision now showing among those the class plays. */
  number: number;
  of: number;
}

export interface RoleSummary {
  id: string;
  name: string;
  title: string;
}

/** A student's own card: only their role's, never another's. */
export interface RoleCard extends RoleSummary {
  /** `secret` marks the section the phone sets apart (the role's secret). */
  sections: { heading: string; text: string[]; secret?: boolean }[];
}

export interface LastVote {
  counts: number[];
  explanation: string;
}

export interface EndingInfo {
  title: string;
  summary: string;
  historical: boolean;
  /** Shown before the ending (classroom.json): what it describes, so students may step out. */
  contentNote: string;
}

export interface ProjectorPage {
  page: "projector";
  title: string;
  join: JoinInfo;
  started: boolean;
  students: number;
  briefing: string[];
  view?: ProjectorView;
  /** The class's last settled vote (decisions taken as in 1938 since do not hide it). */
  lastVote?: LastVote;
  progress?: Progress;
  /** The page of the scene's text the teacher has turned to. */
  pageIndex: number;
  ending?: EndingInfo;
}

export interface StudentPage {
  page: "student";
  title: string;
  room: string;
  /** Roles a student may pick when joining. */
  roles: RoleSummary[];
  card?: RoleCard;
  view?: StudentView;
  /** The class's last settled vote, to show the result. */
  lastVote?: LastVote;
  ending?: EndingInfo;
  /** A choice that is no decision: the class talks, the teacher picks (no vote). */
  talkItOver?: boolean;
}

export interface TeacherPage {
  page: "teacher";
  title: string;
  join: JoinInfo;
  started: boolean;
  view?: TeacherView;
  progress?: Progress;
  pageIndex: number;
  ending?: EndingInfo;
  /** The roles in play, to name each student's role. */
  roles: RoleSummary[];
  /** Where the debrief and the handout are downloaded (with the token). */
  downloads: { label: string; href: string }[];
}

export type PageView = ProjectorPage | StudentPage | TeacherPage;
