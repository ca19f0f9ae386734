"""Pictures: what a file is (probe), its resized versions (variants) and its HTML (figure).

Pillow is imported only inside the functions that decode pictures, so importing this
package costs a build without pictures nothing. docs/pictures.md explains the choices.
"""

from ..model import LeadPicture
from .figure import LEAD_WIDTH, SIZES, lead_picture, picture_html
from .probe import MAX_BYTES, MAX_PIXELS, MIME, Picture, PictureError, probe, probe_bytes
from .variants import WIDTHS, Variant, VariantSpec, make_variants, plan_variants, published_name

__all__ = [
    "LEAD_WIDTH", "LeadPicture", "MAX_BYTES", "MAX_PIXELS", "MIME", "Picture", "PictureError", "SIZES", "Variant",
    "VariantSpec", "WIDTHS", "lead_picture", "make_variants", "picture_html", "plan_variants", "probe",
    "probe_bytes", "published_name",
]
