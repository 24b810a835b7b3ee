#pragma once
// Sets flush-to-zero and denormals-are-zero on the calling thread for the lifetime of the object
// and restores the previous state. Why: Adam's moments of pruned weights decay into denormals,
// whose arithmetic is much slower on x86; flushing them changes no nonzero count (measured in
// docs/benchmarks/README.md). A no-op on targets without SSE control registers.
#if defined(__SSE__) || defined(__x86_64__) || defined(_M_X64)
#include <xmmintrin.h>
#define SMIP_HAVE_MXCSR 1
#endif

namespace smip {

class FlushDenormalsScope {
  public:
    FlushDenormalsScope() {
#ifdef SMIP_HAVE_MXCSR
        saved_ = _mm_getcsr();
        _mm_setcsr(saved_ | kFtz | kDaz);
#endif
    }
    ~FlushDenormalsScope() {
#ifdef SMIP_HAVE_MXCSR
        _mm_setcsr(saved_);
#endif
    }
    FlushDenormalsScope(const FlushDenormalsScope&) = delete;
    FlushDenormalsScope& operator=(const FlushDenormalsScope&) = delete;

    /// True when the calling thread currently flushes denormals (FTZ and DAZ both set).
    static bool active() {
#ifdef SMIP_HAVE_MXCSR
        return (_mm_getcsr() & (kFtz | kDaz)) == (kFtz | kDaz);
#else
        return false;
#endif
    }

  private:
    static constexpr unsigned kFtz = 0x8000;  // MXCSR bit 15, flush to zero
    static constexpr unsigned kDaz = 0x0040;  // MXCSR bit 6, denormals are zero
    unsigned saved_ = 0;
};

}  // namespace smip
