// Placeholder.
export default function Page() {
  return <div>people-list</div>;
}
