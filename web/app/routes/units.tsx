// Placeholder.
export default function Page() {
  return <div>units</div>;
}
