# Windows installer (NSIS). Not buildable on the Debian development machine:
# it needs a Windows build of Qt 6 and KArchive and NSIS; see README.md here.
set(CPACK_GENERATOR "NSIS")
set(CPACK_NSIS_DISPLAY_NAME "DX Plan Studio")
set(CPACK_NSIS_PACKAGE_NAME "DX Plan Studio")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\dxplan.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
# Register .dxplan with the application.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr HKCR '.dxplan' '' 'DXPlanStudio.Plan'
  WriteRegStr HKCR 'DXPlanStudio.Plan' '' 'DX Plan Studio plan'
  WriteRegStr HKCR 'DXPlanStudio.Plan\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\dxplan.exe\\\" \\\"%1\\\"'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegKey HKCR '.dxplan'
  DeleteRegKey HKCR 'DXPlanStudio.Plan'
")
