import { describe, expect, it } from 'vitest';
import { compareStatuses } from '../../../src/domain/status-agreement.ts';

describe('a province report against the national coverage cell', () => {
  it.each([
    ['deployed', 'completed', 'agree'], ['deployed', 'in_progress', 'agree'],
    ['deployed', 'not_started', 'disagree'], ['deployed', 'waiting', 'disagree'], ['deployed', 'unclear', 'silent'],
    ['not_deployed', 'completed', 'disagree'], ['not_deployed', 'in_progress', 'disagree'],
    ['not_deployed', 'not_started', 'agree'], ['not_deployed', 'waiting', 'agree'], ['not_deployed', 'unclear', 'silent'],
    ['unknown', 'completed', 'fills_gap'], ['unknown', 'waiting', 'fills_gap'], ['unknown', 'unclear', 'fills_gap'],
    ['deployed', null, 'silent'], ['unknown', null, 'silent'],
  ])('000 %s, own report %s → %s', (national, own, expected) => expect(compareStatuses(national, own)).toBe(expected));
});
