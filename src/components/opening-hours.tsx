/**
 * The merchant's hours: the usual week as a table, the closures and public holidays to come,
 * and a place for the live "open now" badge that src/browser/hours.ts fills in. Everything but
 * the badge and today's highlight works without JavaScript.
 */
import { formatDay, formatDayMinutes, formatRanges, weekday } from "../browser/lib/opening.ts";
import { merchantHours, type Closure } from "../content/hours/schedule.ts";
import type { Merchant } from "../content/model.ts";
import { fr } from "../strings/fr.ts";

const t = fr.hours;

export function OpeningHours({ merchant }: { merchant: Merchant }) {
  const hours = merchantHours(merchant);

  if (!hours) {
    return (
      <section class="panel hours" aria-labelledby="horaires-titre">
        <h2 id="horaires-titre">{t.title}</h2>
        <p class="hours__missing">
          {t.notGiven}.{merchant.phone && ` ${t.notGivenHint}`}
        </p>
      </section>
    );
  }

  return (
    <section class="panel hours" aria-labelledby="horaires-titre" data-hours={JSON.stringify(hours.schedule)}>
      <h2 id="horaires-titre">{t.title}</h2>
      <p class="hours__badge" data-hours-badge role="status" hidden></p>
      {hours.weekFrom && <p>{t.seasonFrom(formatDay(hours.weekFrom, true))}</p>}
      <table class="hours__week">
        <caption class="visually-hidden">{t.tableCaption}</caption>
        <thead class="visually-hidden">
          <tr>
            <th scope="col">{t.day}</th>
            <th scope="col">{t.hours}</th>
          </tr>
        </thead>
        <tbody>
          {hours.week.map((minutes, day) => (
            <tr data-weekday={day}>
              <th scope="row">{capitalise(t.weekdays[day] ?? "")}</th>
              <td>
                {formatRanges(minutes).map((range, i) => (
                  <>
                    {i > 0 && ", "}
                    <span class="hours__range">{range}</span>
                  </>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {hours.closures.length > 0 && (
        <>
          <h3>{t.closuresTitle}</h3>
          <ul class="hours__closures">
            {hours.closures.map((closure) => (
              <li data-until={closure.to}>{closureText(closure)}</li>
            ))}
          </ul>
        </>
      )}

      {hours.holidays.length > 0 && (
        <>
          <h3>{t.holidaysTitle}</h3>
          <ul class="hours__holidays">
            {hours.holidays.map(({ day, minutes }) => (
              <li data-until={day}>
                {t.holiday(capitalise(`${t.weekdays[weekday(day)]} ${formatDay(day)}`), formatDayMinutes(minutes).toLowerCase())}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function closureText({ from, to, reason }: Closure): string {
  if (from === to) return t.closureOneDay(formatDay(from, true), reason);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  // "du 1er au 21 août 2026": the month is said once when both days share it.
  const first = from.slice(0, 7) === to.slice(0, 7) ? (formatDay(from).split(" ")[0] ?? "") : formatDay(from, !sameYear);
  return t.closureRange(first, formatDay(to, true), reason);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
