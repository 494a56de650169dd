import type { AlertItem } from './result-view';

/** Emergencies, before anything else in the panel, announced at once (role=alert). */
export function EmergencyBanner({ alerts }: { alerts: AlertItem[] }) {
  const emergencies = alerts.filter((alert) => alert.severity === 'emergency');
  if (emergencies.length === 0) return null;
  return (
    <div class="banner emergency" role="alert">
      {emergencies.map((alert) => (
        <p key={alert.id}>{alert.text}</p>
      ))}
    </div>
  );
}
