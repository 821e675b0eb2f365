// UTF-8 in and out of the C ABI, by hand (see NativeMethods.cs for why).
using System;
using System.Runtime.InteropServices;
using System.Text;

namespace PartnerCenter.Cartlint
{
    internal static class Utf8
    {
        // Strict: a .NET string with a lone surrogate has no UTF-8 form, and replacing it
        // silently would lint different text from the caller's.
        private static readonly UTF8Encoding Strict = new UTF8Encoding(false, true);

        internal static byte[] Bytes(string text, string what)
        {
            if (text == null) throw new ArgumentNullException(what);
            try
            {
                return Strict.GetBytes(text);
            }
            catch (EncoderFallbackException e)
            {
                throw new ArgumentException(what + " is not valid UTF-16 (a lone surrogate): pass the bytes instead", what, e);
            }
        }

        // A NUL-terminated copy for a `const char*` parameter; null stays null (NULL).
        internal static byte[] CString(string text, string what)
        {
            if (text == null) return null;
            if (text.IndexOf('\0') >= 0) throw new ArgumentException(what + " must not contain NUL characters", what);
            byte[] bytes = Bytes(text, what);
            byte[] terminated = new byte[bytes.Length + 1];
            Buffer.BlockCopy(bytes, 0, terminated, 0, bytes.Length);
            return terminated;
        }

        // The bytes of a NUL-terminated string cartlint returned.
        internal static byte[] FromCString(IntPtr p)
        {
            int length = 0;
            while (Marshal.ReadByte(p, length) != 0) ++length;
            return FromPointer(p, length);
        }

        internal static byte[] FromPointer(IntPtr p, long length)
        {
            if (length > int.MaxValue) throw new OutOfMemoryException("cartlint returned more than 2 GiB, more than a .NET array holds");
            byte[] bytes = new byte[length];
            if (length > 0) Marshal.Copy(p, bytes, 0, (int)length);
            return bytes;
        }

        // cartlint's reports are valid UTF-8 (bytes that were not are written as U+FFFD).
        internal static string Decode(byte[] bytes)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        // Takes ownership of a string cartlint returned: copies it out and frees it.
        internal static string TakeString(IntPtr p)
        {
            if (p == IntPtr.Zero) throw new OutOfMemoryException("cartlint ran out of memory");
            try
            {
                return Decode(FromCString(p));
            }
            finally
            {
                NativeMethods.cartlint_free(p);
            }
        }
    }
}
