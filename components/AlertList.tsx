import type { AlertItem } from './result-view';

/** Warnings and notes beside the scenario (emergencies are already at the top). */
export function AlertList({ alerts }: { alerts: AlertItem[] }) {
  const shown = alerts.filter((alert) => alert.severity !== 'emergency');
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="alerts-heading">
      <h2 id="alerts-heading">Alerts</h2>
      {shown.map((alert) => (
        <p key={alert.id} class={`banner ${alert.severity}`} data-alert={alert.id}>
          {alert.text}
        </p>
      ))}
    </section>
  );
}
