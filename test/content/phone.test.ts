import { describe, expect, test } from "vitest";
import { parsePhone } from "../../src/content/normalise/phone.ts";

describe("parsePhone", () => {
  test.each([
    ["02 98 40 12 34", "02 98 40 12 34", "+33298401234"],
    ["02.98.40.12.34", "02 98 40 12 34", "+33298401234"],
    ["0298401234", "02 98 40 12 34", "+33298401234"],
    ["+33 2 98 40 12 34", "02 98 40 12 34", "+33298401234"],
    ["+33 (0)2 98 40 12 34", "02 98 40 12 34", "+33298401234"],
    ["0033 6 12 34 56 78", "06 12 34 56 78", "+33612345678"],
    ["06-12-34-56-78", "06 12 34 56 78", "+33612345678"],
  ])("reads %s as %s (%s)", (input, display, international) => {
    expect(parsePhone(input)).toEqual({ ok: true, phone: { display, international } });
  });

  test.each(["02 98 4", "2 98 40 12 34", "00 98 40 12 34", "02 98 40 12 34 56", "deux"])("rejects %s", (input) => {
    expect(parsePhone(input)).toEqual({
      ok: false,
      reason: `« ${input} » n'est pas un numéro valide (exemple : 02 98 12 34 56)`,
    });
  });
});
