// Placeholder.
export default function Page() {
  return <div>person</div>;
}
