// Owns one cartlint_linter*. A SafeHandle, so that the runtime counts the calls using it: a
// Dispose on one thread while others are linting frees the native linter only once the last
// of those calls has returned, and a finalizer frees a linter nobody disposed.
using System;
using System.Runtime.InteropServices;

namespace PartnerCenter.Cartlint
{
    internal sealed class LinterHandle : SafeHandle
    {
        // The marshaller creates it when cartlint_linter_new returns.
        private LinterHandle() : base(IntPtr.Zero, true) { }

        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }

        protected override bool ReleaseHandle()
        {
            NativeMethods.cartlint_linter_free(handle);
            return true;
        }
    }
}
