// Placeholder.
export default function Page() {
  return <div>users</div>;
}
