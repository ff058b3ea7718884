// A form's problem, announced at once (role="alert") and shown above its fields.
export function FormError({ children }: { children: React.ReactNode }) {
  if (!children) return null
  return (
    <p role="alert" className="form-error">
      {children}
    </p>
  )
}
