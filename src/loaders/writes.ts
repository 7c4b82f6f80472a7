/**
 * The analyst corrections the API writes (src/db/corrections.ts), bound to the
 * request's database: resolvers reach the data layer through this folder, and
 * these are the writes next to the reads. Each is one transaction under the
 * ingest lock; refused input comes back as problems, with nothing written.
 */
import type { Database } from '../db/client';
import { correctRecord, setRejected, type CorrectionInput, type CorrectionMeta, type CorrectionOutcome, type RecordRef } from '../db/corrections';
import type { CorrectableType } from '../db/registry';

export interface CorrectionWrites {
  correct<T extends CorrectableType>(ref: RecordRef<T>, input: CorrectionInput<T>, meta: CorrectionMeta): Promise<CorrectionOutcome<T>>;
  reject<T extends CorrectableType>(ref: RecordRef<T>, meta: CorrectionMeta): Promise<CorrectionOutcome<T>>;
  restore<T extends CorrectableType>(ref: RecordRef<T>, meta: CorrectionMeta): Promise<CorrectionOutcome<T>>;
}

export function correctionWrites(db: Database): CorrectionWrites {
  return {
    correct: (ref, input, meta) => correctRecord(db.prisma, ref, input, meta),
    reject: (ref, meta) => setRejected(db.prisma, ref, true, meta),
    restore: (ref, meta) => setRejected(db.prisma, ref, false, meta),
  };
}
