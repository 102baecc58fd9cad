// Placeholder.
export default function Page() {
  return <div>audit</div>;
}
