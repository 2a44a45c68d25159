/* A stand-in for Windows' bcryptprimitives.dll, for trying coplan.exe under
 * wine 8.0 (Debian 12), which lacks it. Go's runtime (1.24 and later) asks it
 * for random bytes through ProcessPrng at start; Windows 10 and 11 have the
 * real one. Used by package-check only, never shipped. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
	while (length > 0) {
		ULONG n = length > 0x10000000 ? 0x10000000 : (ULONG)length;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		length -= n;
	}
	return TRUE;
}
