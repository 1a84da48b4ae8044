import type { Worker, WorkerLevel, WorkerUpdate } from '@shegong/contracts';

export type WorkerValues = {
  idNumber?: string;
  name?: string;
  mobile?: string;
  education?: Worker['education'];
  major?: string;
  organisationId?: string;
  qualificationLevel: WorkerLevel;
  certificateNo?: string;
  certifiedYear?: number | null;
  userId?: string | null;
  isActive?: boolean;
};

const blank = (v?: string | null) => v?.trim() || null;

/**
 * Only what changed is sent. The ID number and the mobile are never shown in full, so they are
 * sent only when retyped (a correction); an unqualified worker drops certificate and year.
 */
export function workerChanges(w: Worker, v: WorkerValues): Omit<WorkerUpdate, 'version'> {
  const c: Omit<WorkerUpdate, 'version'> = {};
  if (v.idNumber?.trim()) c.idNumber = v.idNumber.trim();
  if (v.name?.trim() !== w.name) c.name = v.name?.trim();
  if (blank(v.mobile)) c.mobile = blank(v.mobile);
  if ((v.education ?? null) !== w.education) c.education = v.education ?? null;
  if (blank(v.major) !== w.major) c.major = blank(v.major);
  if (v.qualificationLevel !== w.qualificationLevel) c.qualificationLevel = v.qualificationLevel;
  const qualified = v.qualificationLevel !== 'none';
  const certificateNo = qualified ? blank(v.certificateNo) : null;
  if (certificateNo !== w.certificateNo) c.certificateNo = certificateNo;
  const certifiedYear = qualified ? (v.certifiedYear ?? null) : null;
  if (certifiedYear !== w.certifiedYear) c.certifiedYear = certifiedYear;
  if ((v.userId ?? null) !== w.userId) c.userId = v.userId ?? null;
  if (v.isActive !== undefined && v.isActive !== w.isActive) c.isActive = v.isActive;
  return c;
}
