import { z } from 'zod';
import { PageQuery, zId, zName } from './common.ts';
import { EXAMPLE_ID } from './examples-meta.ts';

/**
 * 请求共享档案. Opening (or correcting) a file with an ID number that another organisation
 * holds answers 409 with the error code below, worded the same whoever holds it; the caller
 * may then ask the holding station to share the file. The holder sees the note and the
 * requester's organisation and station, and accepts or declines; the requester learns nothing
 * of the file or its holder unless it is accepted.
 */
export const CLIENT_HELD_ELSEWHERE = 'client_held_elsewhere';
/** 429: too many ID numbers found held elsewhere in the last hour (a setting); the supervisor is alerted. */
export const IDENTITY_LOOKUPS_LIMITED = 'identity_lookups_limited';

export const ShareRequestAllowedAction = z.enum(['respond']);
export type ShareRequestAllowedAction = z.infer<typeof ShareRequestAllowedAction>;

export const SHARE_REQUEST_STATUSES = ['pending', 'accepted', 'declined'] as const;
/** Documents with a number: "none" cannot be looked up. */
export const SHARE_ID_TYPES = ['resident_id', 'hk_macao_tw_permit', 'passport'] as const;

const zNote = (min: number, key: string) => z.string().trim().min(min, { error: key }).max(1000);

export const ShareRequestCreate = z
  .strictObject({
    idType: z.enum(SHARE_ID_TYPES, { error: 'field.share_id_type' }),
    idNumber: z.string().trim().min(1, { error: 'field.required' }).max(40),
    /** The person as the requester knows them: shown in the requester's own list only. */
    name: zName,
    /** The requester's station, where the person would be served (its organisation's, in its area). */
    stationId: zId,
    /** Why the file should be shared: the holder reads it. */
    message: zNote(4, 'field.share_message'),
  })
  .meta({
    examples: [
      {
        idType: 'resident_id',
        idNumber: '440105194803150422',
        name: '谭美玲',
        stationId: EXAMPLE_ID.station,
        message: '服务对象已搬到五山街随女儿居住，本站需要继续探访跟进；已征得本人同意',
      },
    ],
  });
export type ShareRequestCreate = z.infer<typeof ShareRequestCreate>;

export const ShareRequestAccept = z
  .strictObject({ reason: z.string().trim().max(1000).optional() })
  .meta({ examples: [{ reason: '已电话核实服务对象本人同意共享' }] });
export type ShareRequestAccept = z.infer<typeof ShareRequestAccept>;

export const ShareRequestDecline = z
  .strictObject({ reason: zNote(1, 'field.required') })
  .meta({ examples: [{ reason: '服务对象本人不同意共享档案' }] });
export type ShareRequestDecline = z.infer<typeof ShareRequestDecline>;

export const ShareRequest = z.object({
  id: z.string(),
  /** out: the caller's organisation asked; in: the caller's side holds the file. */
  direction: z.enum(['out', 'in']),
  status: z.enum(SHARE_REQUEST_STATUSES),
  message: z.string(),
  fromOrganisationName: z.string(),
  fromStationName: z.string(),
  /** What the requester typed (out only): the name and the masked number. */
  personName: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  /** The file: for the holder; for the requester only once accepted. */
  client: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The holder's reason (in only): the requester learns only that it was declined. */
  responseReason: z.string().nullable(),
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
  /** respond (accept or decline), for the holding side while pending. */
  allowedActions: z.array(ShareRequestAllowedAction),
});
export type ShareRequest = z.infer<typeof ShareRequest>;

export const ShareRequestListQuery = PageQuery.extend({
  direction: z.enum(['out', 'in']).optional(),
  status: z.enum(SHARE_REQUEST_STATUSES).optional(),
});
export type ShareRequestListQuery = z.infer<typeof ShareRequestListQuery>;

/** A request waiting for the caller's side, on the worker's "today". */
export const ShareRequestTask = z.object({
  requestId: z.string(),
  fromOrganisationName: z.string(),
  fromStationName: z.string(),
  message: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  createdAt: z.string(),
});
export type ShareRequestTask = z.infer<typeof ShareRequestTask>;

/** A user past the identity-lookup limit, on its supervisor's overview until acknowledged. */
export const IdentityLookupAlert = z.object({
  alertId: z.string(),
  userName: z.string(),
  /** Distinct ID numbers found held elsewhere in the hour before the last refusal. */
  hits: z.int(),
  refused: z.int(),
  firstRefusedAt: z.string(),
  lastRefusedAt: z.string(),
});
export type IdentityLookupAlert = z.infer<typeof IdentityLookupAlert>;

export const LookupAlertAcknowledged = z.object({ id: z.string(), acknowledged: z.literal(true) });
export type LookupAlertAcknowledged = z.infer<typeof LookupAlertAcknowledged>;
