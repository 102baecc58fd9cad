// Placeholder.
export default function Page() {
  return <div>people-import</div>;
}
