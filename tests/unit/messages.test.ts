import { describe, expect, it, vi } from 'vitest';
import { PAGE_CALLS, parsePageReply, ToContentSchema } from '../../logic/messages';

describe('page requests are typed with their replies', () => {
  it('every request type has its own entry, and the union parses exactly those', () => {
    for (const [type, { request }] of Object.entries(PAGE_CALLS)) {
      expect(request.shape.type.value).toBe(type);
    }
    expect(ToContentSchema.safeParse({ type: 'findings/list' }).success).toBe(true);
    expect(ToContentSchema.safeParse({ type: 'findings/reveal', index: -1 }).success).toBe(false);
    expect(ToContentSchema.safeParse({ type: 'findings/everything' }).success).toBe(false);
  });

  it('a reply is parsed with the schema its request names: the right shape passes, another request’s reply does not', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parsePageReply({ type: 'page/text' }, { text: 'L1 fracture' })).toEqual({ text: 'L1 fracture' });
    expect(parsePageReply({ type: 'text/reveal', text: 'L1' }, { found: true })).toEqual({ found: true });
    // A findings reply to a text request is refused, with a warning, rather than read as text.
    expect(parsePageReply({ type: 'page/text' }, { enabled: true, findings: [] })).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    expect(parsePageReply({ type: 'findings/list' }, undefined)).toBeNull();
    warn.mockRestore();
  });
});
