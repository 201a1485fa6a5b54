import { afterEach, describe, expect, it, vi } from "vitest";
import interaction from "../../../src/integrations/interaction-directive-client";
import interactionDirective from "../../../src/integrations/interaction-directive";

/** A stand-in for <astro-island>: an EventTarget that can say whether it contains an element. */
function fakeIsland(containsFocus = false) {
  const el = new EventTarget() as EventTarget & { contains: (n: unknown) => boolean };
  el.contains = () => containsFocus;
  return el as unknown as HTMLElement;
}

describe("client:interaction", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("does not hydrate until an interaction, then hydrates exactly once", async () => {
    vi.stubGlobal("document", { activeElement: null });
    const hydrate = vi.fn(async () => {});
    const load = vi.fn(async () => hydrate);
    const el = fakeIsland();
    interaction(load, { name: "interaction", value: "" }, el);
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled();
    el.dispatchEvent(new Event("pointerover"));
    el.dispatchEvent(new Event("focusin"));
    el.dispatchEvent(new Event("keydown"));
    await vi.waitFor(() => expect(hydrate).toHaveBeenCalledTimes(1));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it.each(["focusin", "pointerover", "touchstart", "keydown"])("%s starts hydration", async (type) => {
    vi.stubGlobal("document", { activeElement: null });
    const hydrate = vi.fn(async () => {});
    const el = fakeIsland();
    interaction(async () => hydrate, { name: "interaction", value: "" }, el);
    el.dispatchEvent(new Event(type));
    await vi.waitFor(() => expect(hydrate).toHaveBeenCalledTimes(1));
  });

  it("ignores unrelated events and hydrates at once when focus is already inside", async () => {
    vi.stubGlobal("document", { activeElement: {} });
    const hydrate = vi.fn(async () => {});
    interaction(async () => hydrate, { name: "interaction", value: "" }, fakeIsland(true));
    await vi.waitFor(() => expect(hydrate).toHaveBeenCalledTimes(1));

    vi.stubGlobal("document", { activeElement: null });
    const idle = vi.fn(async () => {});
    const el = fakeIsland();
    interaction(async () => idle, { name: "interaction", value: "" }, el);
    el.dispatchEvent(new Event("scroll"));
    await new Promise((r) => setTimeout(r, 10));
    expect(idle).not.toHaveBeenCalled();
  });

  it("the integration registers the directive with an existing entrypoint", () => {
    const added: { name: string; entrypoint: string | URL }[] = [];
    const setup = interactionDirective().hooks["astro:config:setup"] as unknown as (o: object) => void;
    setup({ addClientDirective: (d: { name: string; entrypoint: string | URL }) => added.push(d) });
    expect(added).toHaveLength(1);
    expect(added[0]?.name).toBe("interaction");
    expect(String(added[0]?.entrypoint)).toMatch(/interaction-directive-client\.ts$/);
  });
});
