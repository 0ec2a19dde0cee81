/** Types of seed.mjs, for the TypeScript tests that print or use the demo data. */
import type { RequestState } from '../src/model.js';

export declare const REFERENCE_PATTERN: string;
export declare const REFERENCE_EXAMPLE: string;
export declare const DEMO_SESSION_TOKEN: string;
export declare const EXPIRED_SESSION_TOKEN: string;

export interface DemoCitizen {
  id: number;
  name: string;
  email: string;
}
export declare const DEMO_CITIZENS: DemoCitizen[];

export interface DemoSession {
  token: string;
  citizenId: number;
  createdAt: string;
  expiresAt: string;
}
export declare const DEMO_SESSIONS: DemoSession[];

export interface DemoEvent {
  date: string;
  state?: RequestState;
  stateLabel?: string;
  note?: string;
}

export interface DemoRequest {
  reference: string;
  procedureId: string;
  /** The applicant's e-mail address: the proof by default. */
  email: string;
  /** The receipt code printed on the receipt ("K7QF-2M9X-PD4T"): the proof with `createApp({ proof: 'code' })`. */
  code: string;
  /** The signed-in owner, when the request was made from a city account. */
  citizenId?: number;
  state: RequestState;
  stateLabel: string;
  handledBy: string;
  expectedDate?: string;
  nextStep?: string;
  history: DemoEvent[];
}
export declare const DEMO_REQUESTS: DemoRequest[];

export declare function paris(local: string): string;
