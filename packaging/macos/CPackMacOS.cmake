# macOS disk image (DragNDrop). Not buildable on the Debian development
# machine: it needs a macOS build of Qt 6 and KArchive, macdeployqt and
# signing; see README.md here.
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "DX Plan Studio")
set(CPACK_DMG_FORMAT "UDBZ")
set_target_properties(dxplan PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_BUNDLE_NAME "DX Plan Studio"
    MACOSX_BUNDLE_GUI_IDENTIFIER "org.dxplanstudio.DXPlanStudio"
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in")
