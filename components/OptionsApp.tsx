export function OptionsApp() {
  return (
    <main>
      <h1>VCF Lens options</h1>
      <p>Sites, highlight categories and criteria packs are set here.</p>
    </main>
  );
}
